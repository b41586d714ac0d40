package ai.speckitty.auth.domain.session;

import java.util.Objects;

/** A bearer access token; its value never appears in {@code toString()}. */
public record AccessToken(String value) {
    public AccessToken {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("access token is blank");
        }
    }

    @Override
    public String toString() {
        return "AccessToken[redacted]";
    }
}
