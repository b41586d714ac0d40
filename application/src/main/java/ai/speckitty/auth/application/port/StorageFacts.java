package ai.speckitty.auth.application.port;

import java.util.Objects;
import java.util.Optional;

/**
 * Facts about the credentials file and its directory, gathered without changing anything; modes
 * are octal strings such as {@code 0600}, empty where the file system has no POSIX permissions.
 */
public record StorageFacts(
        String rootLocation,
        Optional<String> rootMode,
        String credentialsLocation,
        boolean credentialsPresent,
        Optional<String> credentialsMode,
        LockState lock) {
    public StorageFacts {
        Objects.requireNonNull(rootLocation, "rootLocation");
        Objects.requireNonNull(rootMode, "rootMode");
        Objects.requireNonNull(credentialsLocation, "credentialsLocation");
        Objects.requireNonNull(credentialsMode, "credentialsMode");
        Objects.requireNonNull(lock, "lock");
    }

    /** The modes part of these facts. */
    public StorageModes modes() {
        return new StorageModes(rootLocation, rootMode, credentialsLocation, credentialsPresent, credentialsMode);
    }

    /** True when group or other may access the credentials file. */
    public boolean credentialsModeUnsafe() {
        return modes().credentialsModeUnsafe();
    }

    /** True when group or other may access the root directory. */
    public boolean rootModeUnsafe() {
        return modes().rootModeUnsafe();
    }
}
