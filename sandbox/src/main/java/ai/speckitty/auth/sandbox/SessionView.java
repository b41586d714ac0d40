package ai.speckitty.auth.sandbox;

import java.time.Instant;

/** The server's view of one session (token family), without its tokens. */
public record SessionView(String sessionId, String email, long generation, boolean revoked, Instant createdAt) {
}
