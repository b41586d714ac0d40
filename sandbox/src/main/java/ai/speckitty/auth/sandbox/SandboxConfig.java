package ai.speckitty.auth.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything that shapes the sandbox's answers; immutable. Build with {@link #builder()}, change a
 * running sandbox with {@link Sandbox#configure}. Defaults are in {@link Builder}.
 */
public final class SandboxConfig {

    private final int port;
    private final Duration deviceInterval;
    private final Duration deviceCodeTtl;
    private final int devicePendingPolls;
    private final DeviceMode deviceMode;
    private final AuthorizeMode authorizeMode;
    private final Duration accessTokenTtl;
    private final Duration refreshTokenTtl;
    private final boolean refreshExpiresAtInToken;
    private final boolean refreshExpiresInInToken;
    private final boolean refreshExpiresAtInMe;
    private final boolean generationInRefresh;
    private final int refreshRejectionStatus;
    private final Duration replayGraceWindow;
    private final SyncMode syncMode;
    private final Duration dateSkew;
    private final SandboxUser user;
    private final boolean noTeams;
    private final Clock clock;

    private SandboxConfig(Builder b) {
        port = b.port;
        deviceInterval = b.deviceInterval;
        deviceCodeTtl = b.deviceCodeTtl;
        devicePendingPolls = b.devicePendingPolls;
        deviceMode = b.deviceMode;
        authorizeMode = b.authorizeMode;
        accessTokenTtl = b.accessTokenTtl;
        refreshTokenTtl = b.refreshTokenTtl;
        refreshExpiresAtInToken = b.refreshExpiresAtInToken;
        refreshExpiresInInToken = b.refreshExpiresInInToken;
        refreshExpiresAtInMe = b.refreshExpiresAtInMe;
        generationInRefresh = b.generationInRefresh;
        refreshRejectionStatus = b.refreshRejectionStatus;
        replayGraceWindow = b.replayGraceWindow;
        syncMode = b.syncMode;
        dateSkew = b.dateSkew;
        user = b.user;
        noTeams = b.noTeams;
        clock = b.clock;
    }

    public static SandboxConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** TCP port on 127.0.0.1; 0 = any free port. Only read at start. */
    public int port() { return port; }
    /** Device flow {@code interval} answered by {@code /oauth/device}. */
    public Duration deviceInterval() { return deviceInterval; }
    /** Device code lifetime ({@code expires_in}); polls after it answer {@code expired_token}. */
    public Duration deviceCodeTtl() { return deviceCodeTtl; }
    /** Polls answered {@code authorization_pending} (or {@code slow_down}) before the mode's outcome. */
    public int devicePendingPolls() { return devicePendingPolls; }
    public DeviceMode deviceMode() { return deviceMode; }
    public AuthorizeMode authorizeMode() { return authorizeMode; }
    /** Access token lifetime ({@code expires_in}); zero makes tokens that are expired at once. */
    public Duration accessTokenTtl() { return accessTokenTtl; }
    /** Refresh token lifetime from its issue (each rotation starts a new one); null = never expires. */
    public Duration refreshTokenTtl() { return refreshTokenTtl; }
    /** Whether token responses carry {@code refresh_token_expires_at} (when a TTL is set). */
    public boolean refreshExpiresAtInToken() { return refreshExpiresAtInToken; }
    /** Whether token responses carry {@code refresh_token_expires_in} (when a TTL is set). */
    public boolean refreshExpiresInInToken() { return refreshExpiresInInToken; }
    /** Whether {@code /api/v1/me} carries {@code refresh_token_expires_at} (when a TTL is set). */
    public boolean refreshExpiresAtInMe() { return refreshExpiresAtInMe; }
    /** Whether refresh responses carry {@code generation} and session-status {@code current_generation}. */
    public boolean generationInRefresh() { return generationInRefresh; }
    /** HTTP status of a refresh answered {@code invalid_grant}: 401 (default) or 400. */
    public int refreshRejectionStatus() { return refreshRejectionStatus; }
    /** How long a spent refresh token is answered 409 instead of revoking its family. */
    public Duration replayGraceWindow() { return replayGraceWindow; }
    public SyncMode syncMode() { return syncMode; }
    /** Added to the sandbox's time in the {@code Date} header only. */
    public Duration dateSkew() { return dateSkew; }
    /** The user that browser and device logins authenticate as (without teams while {@link #noTeams()}). */
    public SandboxUser user() { return noTeams ? user.teams(List.of()) : user; }
    /** Whether the user's team memberships are hidden; clearing it gives the user its teams back. */
    public boolean noTeams() { return noTeams; }
    /** The sandbox's clock (token expiry, grace window, {@code Date}); see also {@link Sandbox#advanceClock}. */
    public Clock clock() { return clock; }

    @Override
    public String toString() {
        return "SandboxConfig[port=" + port + ", deviceInterval=" + deviceInterval + ", deviceMode=" + deviceMode
                + ", authorizeMode=" + authorizeMode + ", accessTokenTtl=" + accessTokenTtl
                + ", refreshTokenTtl=" + refreshTokenTtl + ", replayGraceWindow=" + replayGraceWindow
                + ", syncMode=" + syncMode + ", dateSkew=" + dateSkew + ", user=" + user.email() + (noTeams ? " (no teams)" : "") + "]";
    }

    /** Builds a {@link SandboxConfig}; every setter returns this builder. */
    public static final class Builder {
        private int port = 0;
        private Duration deviceInterval = Duration.ofSeconds(1);
        private Duration deviceCodeTtl = Duration.ofSeconds(900);
        private int devicePendingPolls = 0;
        private DeviceMode deviceMode = DeviceMode.APPROVE;
        private AuthorizeMode authorizeMode = AuthorizeMode.APPROVE;
        private Duration accessTokenTtl = Duration.ofSeconds(3600);
        private Duration refreshTokenTtl = Duration.ofDays(30);
        private boolean refreshExpiresAtInToken = true;
        private boolean refreshExpiresInInToken = false;
        private boolean refreshExpiresAtInMe = false;
        private boolean generationInRefresh = true;
        private int refreshRejectionStatus = 401;
        private Duration replayGraceWindow = Duration.ofSeconds(2);
        private SyncMode syncMode = SyncMode.HEALTHY;
        private Duration dateSkew = Duration.ZERO;
        private SandboxUser user = SandboxUser.ada();
        private boolean noTeams = false;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        private Builder(SandboxConfig c) {
            port = c.port;
            deviceInterval = c.deviceInterval;
            deviceCodeTtl = c.deviceCodeTtl;
            devicePendingPolls = c.devicePendingPolls;
            deviceMode = c.deviceMode;
            authorizeMode = c.authorizeMode;
            accessTokenTtl = c.accessTokenTtl;
            refreshTokenTtl = c.refreshTokenTtl;
            refreshExpiresAtInToken = c.refreshExpiresAtInToken;
            refreshExpiresInInToken = c.refreshExpiresInInToken;
            refreshExpiresAtInMe = c.refreshExpiresAtInMe;
            generationInRefresh = c.generationInRefresh;
            refreshRejectionStatus = c.refreshRejectionStatus;
            replayGraceWindow = c.replayGraceWindow;
            syncMode = c.syncMode;
            dateSkew = c.dateSkew;
            user = c.user;
            noTeams = c.noTeams;
            clock = c.clock;
        }

        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port out of range: " + value);
            }
            port = value;
            return this;
        }

        public Builder deviceInterval(Duration value) { deviceInterval = nonNegative(value, "deviceInterval"); return this; }
        public Builder deviceCodeTtl(Duration value) { deviceCodeTtl = nonNegative(value, "deviceCodeTtl"); return this; }

        public Builder devicePendingPolls(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("devicePendingPolls must be >= 0");
            }
            devicePendingPolls = value;
            return this;
        }

        public Builder deviceMode(DeviceMode value) { deviceMode = Objects.requireNonNull(value); return this; }
        public Builder authorizeMode(AuthorizeMode value) { authorizeMode = Objects.requireNonNull(value); return this; }
        public Builder accessTokenTtl(Duration value) { accessTokenTtl = nonNegative(value, "accessTokenTtl"); return this; }

        /** Null = refresh tokens never expire and no refresh expiry is reported ("server-managed"). */
        public Builder refreshTokenTtl(Duration value) {
            refreshTokenTtl = value == null ? null : nonNegative(value, "refreshTokenTtl");
            return this;
        }

        public Builder refreshExpiresAtInToken(boolean value) { refreshExpiresAtInToken = value; return this; }
        public Builder refreshExpiresInInToken(boolean value) { refreshExpiresInInToken = value; return this; }
        public Builder refreshExpiresAtInMe(boolean value) { refreshExpiresAtInMe = value; return this; }
        public Builder generationInRefresh(boolean value) { generationInRefresh = value; return this; }

        public Builder refreshRejectionStatus(int value) {
            if (value != 400 && value != 401) {
                throw new IllegalArgumentException("refreshRejectionStatus must be 400 or 401");
            }
            refreshRejectionStatus = value;
            return this;
        }

        public Builder replayGraceWindow(Duration value) { replayGraceWindow = nonNegative(value, "replayGraceWindow"); return this; }
        public Builder syncMode(SyncMode value) { syncMode = Objects.requireNonNull(value); return this; }
        public Builder dateSkew(Duration value) { dateSkew = Objects.requireNonNull(value); return this; }
        /** This user, with the teams it has (clears {@link #noTeams}). */
        public Builder user(SandboxUser value) { user = Objects.requireNonNull(value); noTeams = false; return this; }
        /** The user with another email; its id, name and teams are kept. */
        public Builder email(String value) { user = user.email(value); return this; }
        public Builder noTeams(boolean value) { noTeams = value; return this; }
        public Builder clock(Clock value) { clock = Objects.requireNonNull(value); return this; }

        public SandboxConfig build() {
            return new SandboxConfig(this);
        }

        private static Duration nonNegative(Duration value, String name) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be zero or positive");
            }
            return value;
        }
    }
}
