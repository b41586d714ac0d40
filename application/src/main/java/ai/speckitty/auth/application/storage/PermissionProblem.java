package ai.speckitty.auth.application.storage;

import java.util.Objects;

/**
 * Group or other may access the credentials file or its directory (SPEC §3); {@code remedy} is the
 * command that fixes it, e.g. {@code chmod 600 /home/ada/.spec-kitty/credentials}.
 */
public record PermissionProblem(Target target, String location, String mode, String remedy) {
    public PermissionProblem {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(remedy, "remedy");
    }

    /** Which of the two paths is too open. */
    public enum Target {
        CREDENTIALS_FILE("credentials file", "600"),
        ROOT_DIRECTORY("directory", "700");

        private final String noun;
        private final String safeMode;

        Target(String noun, String safeMode) {
            this.noun = noun;
            this.safeMode = safeMode;
        }

        public String noun() {
            return noun;
        }

        /** The mode the remedy sets, e.g. {@code 600}. */
        public String safeMode() {
            return safeMode;
        }
    }
}
