package ai.speckitty.auth.domain.session;

import java.util.Objects;
import java.util.Optional;

/** The signed-in user; the name defaults to the email when the server gave none. */
public record User(Optional<String> id, Optional<String> email, Optional<String> name, Optional<String> defaultTeamId) {
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultTeamId, "defaultTeamId");
    }

    /** Nobody known, as for a file without a {@code [user]} table. */
    public static User unknown() {
        return new User(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The name to show: the name, else the email. */
    public Optional<String> displayName() {
        return name.or(() -> email);
    }
}
