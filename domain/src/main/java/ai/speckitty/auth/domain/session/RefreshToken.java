package ai.speckitty.auth.domain.session;

import java.util.Objects;

/** A refresh token (single use under rotation); its value never appears in {@code toString()}. */
public record RefreshToken(String value) {
    public RefreshToken {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("refresh token is blank");
        }
    }

    @Override
    public String toString() {
        return "RefreshToken[redacted]";
    }
}
