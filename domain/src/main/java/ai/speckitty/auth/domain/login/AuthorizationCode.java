package ai.speckitty.auth.domain.login;

import ai.speckitty.auth.domain.session.WireSyntax;
import java.util.Objects;

/** An OAuth authorization code received on the loopback callback; its value never appears in {@code toString()}. */
public record AuthorizationCode(String value) {
    public AuthorizationCode {
        Objects.requireNonNull(value, "value");
        // The message never quotes the value: it may be a secret.
        if (!WireSyntax.isCode(value)) {
            throw new IllegalArgumentException("AuthorizationCode is not visible ASCII of at most " + WireSyntax.MAX_CODE_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "AuthorizationCode[redacted]";
    }
}
