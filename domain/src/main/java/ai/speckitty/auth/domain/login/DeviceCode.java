package ai.speckitty.auth.domain.login;

import java.util.Objects;

/** An RFC 8628 device code, used only to poll the token endpoint; its value never appears in {@code toString()}. */
public record DeviceCode(String value) {
    public DeviceCode {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("DeviceCode is blank");
        }
    }

    @Override
    public String toString() {
        return "DeviceCode[redacted]";
    }
}
