package ai.speckitty.auth.domain.server;

import ai.speckitty.auth.domain.session.Team;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Who the access token belongs to, as {@code GET /api/v1/me} tells (SPEC §2.5). */
public record Identity(
        String userId, String email, Optional<String> name, List<Team> teams, Optional<Instant> refreshTokenExpiresAt) {
    public Identity {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(refreshTokenExpiresAt, "refreshTokenExpiresAt");
        teams = List.copyOf(teams);
    }
}
