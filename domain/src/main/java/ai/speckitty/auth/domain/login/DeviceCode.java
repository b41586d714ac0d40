package ai.speckitty.auth.domain.login;

import ai.speckitty.auth.domain.session.WireSyntax;
import java.util.Objects;

/** An RFC 8628 device code, used only to poll the token endpoint; its value never appears in {@code toString()}. */
public record DeviceCode(String value) {
    public DeviceCode {
        Objects.requireNonNull(value, "value");
        // The message never quotes the value: it may be a secret.
        if (!WireSyntax.isCode(value)) {
            throw new IllegalArgumentException("DeviceCode is not visible ASCII of at most " + WireSyntax.MAX_CODE_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "DeviceCode[redacted]";
    }
}
