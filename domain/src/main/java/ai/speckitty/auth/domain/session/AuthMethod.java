package ai.speckitty.auth.domain.session;

import java.util.Arrays;
import java.util.Optional;

/** How a session was obtained, as recorded in the credentials file. */
public enum AuthMethod {
    AUTHORIZATION_CODE("authorization_code"),
    DEVICE_CODE("device_code");

    private final String wireName;

    AuthMethod(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in the credentials file. */
    public String wireName() {
        return wireName;
    }

    /** The method with this file name, or empty for an unknown one. */
    public static Optional<AuthMethod> fromWireName(String name) {
        return Arrays.stream(values()).filter(m -> m.wireName.equals(name)).findFirst();
    }
}
