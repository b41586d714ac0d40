package ai.speckitty.auth.domain.session;

import java.util.Objects;

/** A bearer access token; its value never appears in {@code toString()}. */
public record AccessToken(String value) {
    public AccessToken {
        Objects.requireNonNull(value, "value");
        // The message never quotes the value: it may be a secret.
        if (!WireSyntax.isToken(value)) {
            throw new IllegalArgumentException("access token is not an RFC 6750 token (b64token, at most " + WireSyntax.MAX_TOKEN_LENGTH + " characters)");
        }
    }

    @Override
    public String toString() {
        return "AccessToken[redacted]";
    }
}
