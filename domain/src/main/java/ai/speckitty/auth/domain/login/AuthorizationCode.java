package ai.speckitty.auth.domain.login;

import java.util.Objects;

/** An OAuth authorization code received on the loopback callback; its value never appears in {@code toString()}. */
public record AuthorizationCode(String value) {
    public AuthorizationCode {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("AuthorizationCode is blank");
        }
    }

    @Override
    public String toString() {
        return "AuthorizationCode[redacted]";
    }
}
