package ai.speckitty.auth.application.port;

import java.util.Objects;
import java.util.Optional;

/**
 * The modes of the credentials file and its directory, read without opening or locking anything;
 * modes are octal strings such as {@code 0600}, empty where the file system has no POSIX permissions.
 */
public record StorageModes(
        String rootLocation,
        Optional<String> rootMode,
        String credentialsLocation,
        boolean credentialsPresent,
        Optional<String> credentialsMode) {
    public StorageModes {
        Objects.requireNonNull(rootLocation, "rootLocation");
        Objects.requireNonNull(rootMode, "rootMode");
        Objects.requireNonNull(credentialsLocation, "credentialsLocation");
        Objects.requireNonNull(credentialsMode, "credentialsMode");
    }

    /** True when group or other may access the credentials file. */
    public boolean credentialsModeUnsafe() {
        return credentialsMode.map(StorageModes::groupOrOtherBits).orElse(false);
    }

    /** True when group or other may access the root directory. */
    public boolean rootModeUnsafe() {
        return rootMode.map(StorageModes::groupOrOtherBits).orElse(false);
    }

    private static boolean groupOrOtherBits(String octal) {
        return (Integer.parseInt(octal, 8) & 0077) != 0;
    }
}
