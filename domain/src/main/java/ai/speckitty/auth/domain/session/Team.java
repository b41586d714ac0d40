package ai.speckitty.auth.domain.session;

import java.util.Objects;
import java.util.Optional;

/** A team the user belongs to; id and role are unknown for teams from legacy 2.x files. */
public record Team(Optional<String> id, String name, Optional<String> role, boolean privateTeamspace) {
    public Team {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
