package ai.speckitty.auth.adapters.http.json;

import java.util.List;

/** A 200 answer of {@code /api/v1/me} (SPEC §2.5). */
public record MeJson(String userId, String email, String name, List<TeamJson> teams, String refreshTokenExpiresAt) {}
