package ai.speckitty.auth.sandbox;

import java.util.Objects;

/**
 * A team as {@code /api/v1/me} lists it (SPEC §2.5); {@code privateTeamspace} null leaves
 * {@code is_private_teamspace} out of the answer.
 */
public record SandboxTeam(String id, String name, String role, Boolean privateTeamspace) {

    public SandboxTeam {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public static SandboxTeam privateTeamspace(String id, String name) {
        return new SandboxTeam(id, name, "owner", true);
    }

    public static SandboxTeam team(String id, String name, String role) {
        return new SandboxTeam(id, name, role, false);
    }
}
