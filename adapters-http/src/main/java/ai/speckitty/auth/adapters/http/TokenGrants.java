package ai.speckitty.auth.adapters.http;

import ai.speckitty.auth.adapters.http.json.Json;
import ai.speckitty.auth.adapters.http.json.TokenJson;
import ai.speckitty.auth.domain.refresh.TokenGrant;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.WireSyntax;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a 200 token answer (SPEC §2.3) into a {@link TokenGrant}, or names the field that breaks
 * the contract (never its value): tokens must be RFC 6750 {@code b64token}s and the session id
 * visible ASCII, so nothing stored can later break a header, the credentials file or a terminal.
 */
final class TokenGrants {
    /** Completes the sentence naming a field whose value repeats a secret the request carried. */
    static final String ECHOES_A_SECRET = " repeats a secret the request carried";

    private TokenGrants() {}

    /** A grant, or the reason the body is unusable (never quoting it). */
    record Parsed(Optional<TokenGrant> grant, String problem) {
        static Parsed ok(TokenGrant grant) {
            return new Parsed(Optional.of(grant), "");
        }

        static Parsed bad(String problem) {
            return new Parsed(Optional.empty(), problem);
        }

        ServerFailure failure() {
            return new ServerFailure.MalformedAnswer(200, problem);
        }
    }

    /** {@code forLogin}: login answers must also carry refresh_token, expires_in and session_id. */
    static Parsed parse(Json json, Reply.Answer answer, boolean forLogin) {
        Optional<TokenJson> read = json.read(answer.body(), TokenJson.class);
        if (read.isEmpty()) {
            return Parsed.bad("the body is not the token JSON object");
        }
        TokenJson t = read.get();
        if (blank(t.accessToken())) {
            return Parsed.bad("access_token is missing");
        }
        if (!WireSyntax.isToken(t.accessToken())) {
            return Parsed.bad("access_token is not an RFC 6750 token");
        }
        if (t.tokenType() != null && !t.tokenType().equalsIgnoreCase("bearer")) {
            return Parsed.bad("token_type is not Bearer");
        }
        if (t.refreshToken() != null && t.refreshToken().isBlank()) {
            return Parsed.bad("refresh_token is empty");
        }
        if (t.refreshToken() != null && !WireSyntax.isToken(t.refreshToken())) {
            return Parsed.bad("refresh_token is not an RFC 6750 token");
        }
        if (!blank(t.sessionId()) && !WireSyntax.isSessionId(t.sessionId())) {
            return Parsed.bad("session_id" + AnswerLimits.NOT_A_SESSION_ID);
        }
        if (t.scope() != null && !AnswerLimits.isScope(t.scope())) {
            return Parsed.bad("scope is not an OAuth scope (at most " + AnswerLimits.MAX_SCOPE + " characters)");
        }
        Optional<String> echo = answer.fieldEchoingASecret("session_id", t.sessionId(), "scope", t.scope());
        if (echo.isPresent()) {
            return Parsed.bad(echo.get() + ECHOES_A_SECRET);
        }
        Optional<String> ownToken = fieldHoldingAToken(t);
        if (ownToken.isPresent()) {
            return Parsed.bad(ownToken.get() + " holds a token of the same answer");
        }
        if (negative(t.generation())) {
            // The credentials reader refuses a negative generation: storing one would lock the user out.
            return Parsed.bad("generation is negative");
        }
        if (negative(t.expiresIn()) || negative(t.refreshTokenExpiresIn())) {
            return Parsed.bad("a lifetime in seconds is negative");
        }
        if (beyond(t.expiresIn(), AnswerLimits.MAX_LIFETIME_SECONDS)) {
            return Parsed.bad("expires_in is more than " + AnswerLimits.MAX_LIFETIME_SECONDS + " seconds");
        }
        if (beyond(t.refreshTokenExpiresIn(), AnswerLimits.MAX_LIFETIME_SECONDS)) {
            return Parsed.bad("refresh_token_expires_in is more than " + AnswerLimits.MAX_LIFETIME_SECONDS + " seconds");
        }
        Optional<Instant> refreshExpiresAt = Optional.empty();
        if (t.refreshTokenExpiresAt() != null) {
            refreshExpiresAt = AnswerLimits.fits(t.refreshTokenExpiresAt(), AnswerLimits.MAX_TIME)
                    ? IsoTimes.parseIso(t.refreshTokenExpiresAt()) : Optional.empty();
            if (refreshExpiresAt.isEmpty()) {
                return Parsed.bad("refresh_token_expires_at is not an ISO-8601 time");
            }
        }
        if (forLogin) {
            if (t.refreshToken() == null) {
                return Parsed.bad("refresh_token is missing (required at login)");
            }
            if (t.expiresIn() == null) {
                return Parsed.bad("expires_in is missing (required at login)");
            }
            if (blank(t.sessionId())) {
                return Parsed.bad("session_id is missing (required at login)");
            }
        }
        return Parsed.ok(new TokenGrant(
                new AccessToken(t.accessToken()),
                optionalLong(t.expiresIn()),
                Optional.ofNullable(t.refreshToken()).map(RefreshToken::new),
                Optional.ofNullable(t.sessionId()).filter(s -> !s.isBlank()),
                Optional.ofNullable(t.scope()),
                refreshExpiresAt,
                optionalLong(t.refreshTokenExpiresIn()),
                optionalLong(t.generation())));
    }

    /** The displayed field (session id, scope) that contains this answer's own access or refresh token. */
    private static Optional<String> fieldHoldingAToken(TokenJson t) {
        for (String token : new String[] {t.accessToken(), t.refreshToken()}) {
            if (Reply.holds(t.sessionId(), token)) {
                return Optional.of("session_id");
            }
            if (Reply.holds(t.scope(), token)) {
                return Optional.of("scope");
            }
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean beyond(Long n, long max) {
        return n != null && n > max;
    }

    private static boolean negative(Long n) {
        return n != null && n < 0;
    }

    private static OptionalLong optionalLong(Long n) {
        return n == null ? OptionalLong.empty() : OptionalLong.of(n);
    }
}
