package ai.speckitty.auth.domain.testkit;

import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.AuthMethod;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.domain.session.SessionInfo;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.session.Team;
import ai.speckitty.auth.domain.session.Tokens;
import ai.speckitty.auth.domain.session.User;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The one factory of test sessions for every module: every field set, token values derived from a
 * label, times relative to the one fixed {@link #NOW}. Tests that drive the real CLI, whose clock is
 * the wall clock ({@code Main} uses {@code Clock.systemUTC()}), build the same sessions with
 * {@link #onWallClock}.
 */
public final class TestSessions {
    /** The one "now" of every test with an injected clock; sessions built from the same label are equal. */
    public static final Instant NOW = Instant.parse("2026-11-23T17:00:00Z");
    /** The server every built session records unless told otherwise. */
    public static final String SERVER = "https://app.spec-kitty.ai";

    private TestSessions() {
    }

    /**
     * A complete session issued at {@link #NOW}: tokens {@code access-<label>} / {@code refresh-<label>},
     * session id {@code sess_<label>}, access valid 1 h, refresh 30 days.
     */
    public static StoredSession session(String label) {
        return builder(label).build();
    }

    /** As {@link #session(String)}, issued at {@code issuedAt}. */
    public static StoredSession session(String label, Instant issuedAt) {
        return builder(label).at(issuedAt).build();
    }

    /** Access expires {@code access} after {@link #NOW}, refresh {@code refresh} after (null: server-managed). */
    public static StoredSession expiringIn(Duration access, Duration refresh) {
        return builder("main").accessExpiresIn(access).refreshExpiresIn(refresh).build();
    }

    /** A legacy 2.x file as read: no server, no session info, a team from team_slug, no refresh expiry. */
    public static StoredSession legacy() {
        Tokens tokens = new Tokens(new AccessToken("access-legacy"), Optional.of(new RefreshToken("refresh-legacy")),
                NOW.plusSeconds(600), Optional.empty(), Optional.empty());
        User user = new User(Optional.empty(), Optional.of("old@example.com"), Optional.empty(), Optional.empty());
        return new StoredSession(Optional.empty(), tokens, SessionInfo.unknown(), user,
                List.of(new Team(Optional.empty(), "old-team", Optional.empty(), false)));
    }

    /** Every free-text field (scope, session id, user, teams) holds {@code text}; tokens cannot (WireSyntax). */
    public static StoredSession withTextEverywhere(String text) {
        StoredSession base = session("text");
        Tokens t = base.tokens();
        return new StoredSession(base.server(),
                new Tokens(t.access(), t.refresh(), t.accessExpiresAt(), t.refreshExpiresAt(), Optional.of(text)),
                new SessionInfo(Optional.of(text), base.info().generation(), base.info().authMethod(),
                        base.info().issuedAt(), base.info().lastUsedAt()),
                new User(Optional.of(text), Optional.of(text), Optional.of(text), Optional.of(text)),
                List.of(new Team(Optional.of(text), text, Optional.of(text), true),
                        new Team(Optional.of("t2 " + text), text, Optional.empty(), false)));
    }

    /** A builder for the session {@link #session(String)} would build. */
    public static Builder builder(String label) {
        return new Builder(label);
    }

    /** As {@link #builder}, anchored at {@link #wallClockNow()}, for tests that run the real CLI or sandbox. */
    public static Builder onWallClock(String label) {
        return builder(label).at(wallClockNow());
    }

    /** The "now" of tests that run the real CLI or sandbox: the wall clock in whole seconds, as the file keeps it. */
    public static Instant wallClockNow() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The same session with another generation, for counting writes. */
    public static StoredSession withGeneration(StoredSession session, long generation) {
        SessionInfo info = session.info();
        return new StoredSession(session.server(), session.tokens(),
                new SessionInfo(info.id(), OptionalLong.of(generation), info.authMethod(), info.issuedAt(),
                        info.lastUsedAt()),
                session.user(), session.teams());
    }

    /** The same session recording another server ({@code null}: none, as older files). */
    public static StoredSession withServer(StoredSession session, String url) {
        return new StoredSession(Optional.ofNullable(url).map(ServerUrl::new), session.tokens(), session.info(),
                session.user(), session.teams());
    }

    /** The same session with other token expiries (an empty refresh expiry: server-managed). */
    public static StoredSession withExpiries(StoredSession session, Instant access, Optional<Instant> refresh) {
        Tokens t = session.tokens();
        return new StoredSession(session.server(), new Tokens(t.access(), t.refresh(), access, refresh, t.scope()),
                session.info(), session.user(), session.teams());
    }

    /** The same session without a refresh token (and so without its expiry). */
    public static StoredSession withoutRefreshToken(StoredSession session) {
        Tokens t = session.tokens();
        return new StoredSession(session.server(),
                new Tokens(t.access(), Optional.empty(), t.accessExpiresAt(), Optional.empty(), t.scope()),
                session.info(), session.user(), session.teams());
    }

    /** Sets the parts tests vary; everything else is as {@link #session(String)}. */
    public static final class Builder {
        private final String label;
        private Instant now = NOW;
        private Duration issuedAgo = Duration.ZERO;
        private Optional<Duration> lastUsedAgo = Optional.empty();
        private String defaultTeam = "t_1";
        private String sessionId;
        private String accessToken;
        private Optional<String> refreshToken;
        private Optional<String> server = Optional.of(SERVER);
        private Duration access = Duration.ofHours(1);
        private Optional<Duration> refresh = Optional.of(Duration.ofDays(30));

        private Builder(String label) {
            this.label = label;
            this.sessionId = "sess_" + label;
            this.accessToken = "access-" + label;
            this.refreshToken = Optional.of("refresh-" + label);
        }

        /** Counts every time (expiries, issue, last use) from {@code now}. */
        public Builder at(Instant now) {
            this.now = now;
            return this;
        }

        /** Issued (and last used, unless {@link #lastUsedAgo} is set) this long before "now", e.g. before a rotation. */
        public Builder issuedAgo(Duration duration) {
            this.issuedAgo = duration;
            return this;
        }

        public Builder lastUsedAgo(Duration duration) {
            this.lastUsedAgo = Optional.of(duration);
            return this;
        }

        /** The user's default team: {@code t_1} (the private teamspace) unless set, e.g. to {@code t_2} ("Engines"). */
        public Builder defaultTeam(String teamId) {
            this.defaultTeam = teamId;
            return this;
        }

        /** Another session id, e.g. one a sandbox issued. */
        public Builder sessionId(String id) {
            this.sessionId = id;
            return this;
        }

        /** Another access token value, e.g. one a sandbox issued. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** Another server URL; {@code null} for none (older files). */
        public Builder server(String url) {
            this.server = Optional.ofNullable(url);
            return this;
        }

        /** Another refresh token value; {@code null} for none. */
        public Builder refreshToken(String value) {
            this.refreshToken = Optional.ofNullable(value);
            return this;
        }

        /** The access token expires this long after "now" (negative: already expired). */
        public Builder accessExpiresIn(Duration duration) {
            this.access = duration;
            return this;
        }

        /** The refresh token expires this long after "now"; {@code null}: server-managed (no expiry recorded). */
        public Builder refreshExpiresIn(Duration duration) {
            this.refresh = Optional.ofNullable(duration);
            return this;
        }

        public StoredSession build() {
            Tokens tokens = new Tokens(new AccessToken(accessToken), refreshToken.map(RefreshToken::new),
                    now.plus(access), refresh.map(now::plus), Optional.of("offline_access"));
            Instant issued = now.minus(issuedAgo);
            Instant lastUsed = lastUsedAgo.map(now::minus).orElse(issued);
            SessionInfo info = new SessionInfo(Optional.of(sessionId), OptionalLong.of(7),
                    Optional.of(AuthMethod.DEVICE_CODE), Optional.of(issued), Optional.of(lastUsed));
            User user = new User(Optional.of("u_123"), Optional.of("ada@example.com"), Optional.of("Ada Lovelace"),
                    Optional.of(defaultTeam));
            List<Team> teams = List.of(
                    new Team(Optional.of("t_1"), "Ada's space", Optional.of("owner"), true),
                    new Team(Optional.of("t_2"), "Engines", Optional.of("member"), false));
            return new StoredSession(server.map(ServerUrl::new), tokens, info, user, teams);
        }
    }
}
