package ai.speckitty.auth.adapters.http;

import ai.speckitty.auth.adapters.http.json.Json;
import ai.speckitty.auth.adapters.http.json.MeJson;
import ai.speckitty.auth.adapters.http.json.SessionStatusJson;
import ai.speckitty.auth.adapters.http.json.TeamJson;
import ai.speckitty.auth.domain.revoke.RevokeOutcome;
import ai.speckitty.auth.domain.server.Identity;
import ai.speckitty.auth.domain.server.IdentityResult;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.server.SessionStatusResult;
import ai.speckitty.auth.domain.session.Team;
import ai.speckitty.auth.domain.session.WireSyntax;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Maps the answers of revoke, {@code /api/v1/me} and session-status onto domain values (SPEC §2.4–2.6). */
final class ApiAnswers {
    private final Json json;

    ApiAnswers(Json json) {
        this.json = json;
    }

    /** REVOKED only for 200 with {@code revoked} exactly JSON {@code true} (SPEC §4.5). */
    RevokeOutcome revoke(Reply reply) {
        if (reply instanceof Reply.Lost) {
            return RevokeOutcome.NETWORK_ERROR;
        }
        if (reply instanceof Reply.TooLarge) {
            return RevokeOutcome.SERVER_FAILURE;
        }
        Reply.Answer answer = (Reply.Answer) reply;
        boolean confirmed = answer.status() == 200
                && json.tree(answer.body()).filter(JsonNode::isObject)
                        .map(tree -> tree.get("revoked"))
                        .filter(revoked -> revoked.isBoolean() && revoked.booleanValue())
                        .isPresent();
        return confirmed ? RevokeOutcome.REVOKED : RevokeOutcome.SERVER_FAILURE;
    }

    IdentityResult identity(Reply reply) {
        if (reply instanceof Reply.Unusable unusable) {
            return new IdentityResult.Failed(unusable.failure());
        }
        Reply.Answer answer = (Reply.Answer) reply;
        if (answer.status() == 401) {
            return new IdentityResult.Unauthorized();
        }
        if (answer.status() != 200) {
            return new IdentityResult.Failed(OAuthError.of(json, answer).failure(answer.status(), answer));
        }
        Optional<MeJson> read = json.read(answer.body(), MeJson.class);
        if (read.isEmpty()) {
            return malformedIdentity("the body is not the identity JSON object");
        }
        MeJson me = read.get();
        if (blank(me.userId()) || blank(me.email())) {
            return malformedIdentity("user_id or email is missing");
        }
        Optional<String> tooLong = tooLong(me);
        if (tooLong.isPresent()) {
            return malformedIdentity(tooLong.get());
        }
        Optional<String> echo = answer.fieldEchoingASecret("user_id", me.userId(), "email", me.email(), "name", me.name());
        if (echo.isPresent()) {
            return malformedIdentity(echo.get() + TokenGrants.ECHOES_A_SECRET);
        }
        List<Team> teams = new ArrayList<>();
        for (TeamJson t : me.teams() == null ? List.<TeamJson>of() : me.teams()) {
            if (t == null || blank(t.name())) {
                return malformedIdentity("a team has no name");
            }
            Optional<String> teamTooLong = tooLong(t);
            if (teamTooLong.isPresent()) {
                return malformedIdentity(teamTooLong.get());
            }
            Optional<String> teamEcho = answer.fieldEchoingASecret(
                    "a team's id", t.id(), "a team's name", t.name(), "a team's role", t.role());
            if (teamEcho.isPresent()) {
                return malformedIdentity(teamEcho.get() + TokenGrants.ECHOES_A_SECRET);
            }
            teams.add(new Team(Optional.ofNullable(t.id()), t.name(), Optional.ofNullable(t.role()),
                    Boolean.TRUE.equals(t.isPrivateTeamspace())));
        }
        Optional<Instant> refreshExpiresAt = Optional.empty();
        if (me.refreshTokenExpiresAt() != null) {
            refreshExpiresAt = AnswerLimits.fits(me.refreshTokenExpiresAt(), AnswerLimits.MAX_TIME)
                    ? IsoTimes.parseIso(me.refreshTokenExpiresAt()) : Optional.empty();
            if (refreshExpiresAt.isEmpty()) {
                return malformedIdentity("refresh_token_expires_at is not an ISO-8601 time");
            }
        }
        return new IdentityResult.Found(new Identity(me.userId(), me.email(),
                Optional.ofNullable(me.name()).filter(n -> !n.isBlank()), teams, refreshExpiresAt));
    }

    SessionStatusResult sessionStatus(Reply reply) {
        if (reply instanceof Reply.Unusable unusable) {
            return new SessionStatusResult.Failed(unusable.failure());
        }
        Reply.Answer answer = (Reply.Answer) reply;
        Optional<Instant> serverDate = IsoTimes.parseHttpDate(answer.header("Date"));
        if (answer.status() == 401) {
            return new SessionStatusResult.Invalid(serverDate);
        }
        if (answer.status() != 200) {
            return new SessionStatusResult.Failed(OAuthError.of(json, answer).failure(answer.status(), answer));
        }
        Optional<SessionStatusJson> read = json.read(answer.body(), SessionStatusJson.class);
        if (read.isEmpty() || blank(read.get().sessionId())) {
            return malformedStatus("session_id is missing");
        }
        SessionStatusJson s = read.get();
        if (!WireSyntax.isSessionId(s.sessionId())) {
            return malformedStatus("session_id" + AnswerLimits.NOT_A_SESSION_ID);
        }
        if (answer.echoesASecret(s.sessionId())) {
            return malformedStatus("session_id" + TokenGrants.ECHOES_A_SECRET);
        }
        if (s.status() != null && !s.status().equals("active")) {
            return malformedStatus("status is not \"active\" in a 200 answer");
        }
        OptionalLong generation = s.currentGeneration() == null ? OptionalLong.empty() : OptionalLong.of(s.currentGeneration());
        return new SessionStatusResult.Active(s.sessionId(), generation, serverDate);
    }

    /** The first field of {@code /me} longer than its limit, named with the limit. */
    private static Optional<String> tooLong(MeJson me) {
        if (!AnswerLimits.fits(me.userId(), AnswerLimits.MAX_ID)) {
            return Optional.of(longer("user_id", AnswerLimits.MAX_ID));
        }
        if (!AnswerLimits.fits(me.email(), AnswerLimits.MAX_EMAIL)) {
            return Optional.of(longer("email", AnswerLimits.MAX_EMAIL));
        }
        if (me.name() != null && !AnswerLimits.fits(me.name(), AnswerLimits.MAX_NAME)) {
            return Optional.of(longer("name", AnswerLimits.MAX_NAME));
        }
        if (me.teams() != null && me.teams().size() > AnswerLimits.MAX_TEAMS) {
            return Optional.of("teams has more than " + AnswerLimits.MAX_TEAMS + " entries");
        }
        return Optional.empty();
    }

    private static Optional<String> tooLong(TeamJson team) {
        if (!AnswerLimits.fits(team.name(), AnswerLimits.MAX_NAME)) {
            return Optional.of(longer("a team's name", AnswerLimits.MAX_NAME));
        }
        if (team.id() != null && !AnswerLimits.fits(team.id(), AnswerLimits.MAX_ID)) {
            return Optional.of(longer("a team's id", AnswerLimits.MAX_ID));
        }
        if (team.role() != null && !AnswerLimits.fits(team.role(), AnswerLimits.MAX_ROLE)) {
            return Optional.of(longer("a team's role", AnswerLimits.MAX_ROLE));
        }
        return Optional.empty();
    }

    private static String longer(String field, int max) {
        return field + " is longer than " + max + " characters";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static IdentityResult malformedIdentity(String what) {
        return new IdentityResult.Failed(new ServerFailure.MalformedAnswer(200, what));
    }

    private static SessionStatusResult malformedStatus(String what) {
        return new SessionStatusResult.Failed(new ServerFailure.MalformedAnswer(200, what));
    }
}
