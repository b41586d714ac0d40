package ai.speckitty.auth.application.status;

import java.util.Objects;
import java.util.Optional;

/** A team as shown to the user: name, role, and whether it is private and the default one. */
public record TeamSummary(Optional<String> id, String name, Optional<String> role, boolean privateTeamspace,
        boolean defaultTeam) {
    public TeamSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
