package ai.speckitty.auth.sandbox;

import java.time.Instant;

/**
 * A login's (or rotation's) tokens as the sandbox issued them: what a test writes into a
 * credentials file to start logged in. {@code toString} never shows the tokens.
 *
 * @param refreshExpiresAt null when refresh tokens never expire (server-managed)
 * @param generation       0 at login, +1 per rotation
 */
public record IssuedSession(
        String sessionId,
        String accessToken,
        String refreshToken,
        Instant issuedAt,
        Instant accessExpiresAt,
        Instant refreshExpiresAt,
        long generation,
        String scope,
        SandboxUser user) {

    @Override
    public String toString() {
        return "IssuedSession[sessionId=" + sessionId + ", generation=" + generation + ", email=" + user.email()
                + ", accessExpiresAt=" + accessExpiresAt + ", refreshExpiresAt=" + refreshExpiresAt + "]";
    }
}
