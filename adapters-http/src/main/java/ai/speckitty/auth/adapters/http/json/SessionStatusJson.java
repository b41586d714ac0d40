package ai.speckitty.auth.adapters.http.json;

/** A 200 answer of {@code /api/v1/session-status} (SPEC §2.6). */
public record SessionStatusJson(String sessionId, String status, Long currentGeneration) {}
