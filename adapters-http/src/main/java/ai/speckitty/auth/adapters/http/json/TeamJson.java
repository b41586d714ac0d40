package ai.speckitty.auth.adapters.http.json;

/** One team in {@code /api/v1/me}. */
public record TeamJson(String id, String name, String role, Boolean isPrivateTeamspace) {}
