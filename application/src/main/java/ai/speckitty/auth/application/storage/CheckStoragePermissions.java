package ai.speckitty.auth.application.storage;

import ai.speckitty.auth.application.port.StorageFacts;
import ai.speckitty.auth.application.port.StorageInspector;
import ai.speckitty.auth.application.port.StorageModes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Finds group/other permission bits on the credentials file and its root directory (SPEC §3). */
public final class CheckStoragePermissions {
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:@%+=,~-]+");

    private final StorageInspector inspector;

    public CheckStoragePermissions(StorageInspector inspector) {
        this.inspector = Objects.requireNonNull(inspector, "inspector");
    }

    /**
     * Reads the modes (changing nothing, locking nothing) and lists what is too open; empty when
     * all is well.
     */
    public List<PermissionProblem> check() {
        return problemsIn(inspector.modes());
    }

    /** The permission problems visible in facts already gathered. */
    public static List<PermissionProblem> problemsIn(StorageFacts facts) {
        return problemsIn(facts.modes());
    }

    /** The permission problems visible in modes already read. */
    public static List<PermissionProblem> problemsIn(StorageModes modes) {
        List<PermissionProblem> problems = new ArrayList<>();
        if (modes.credentialsPresent() && modes.credentialsModeUnsafe()) {
            problems.add(problem(PermissionProblem.Target.CREDENTIALS_FILE, modes.credentialsLocation(),
                    modes.credentialsMode().orElseThrow()));
        }
        if (modes.rootModeUnsafe()) {
            problems.add(problem(PermissionProblem.Target.ROOT_DIRECTORY, modes.rootLocation(),
                    modes.rootMode().orElseThrow()));
        }
        return List.copyOf(problems);
    }

    private static PermissionProblem problem(PermissionProblem.Target target, String location, String mode) {
        return new PermissionProblem(target, location, mode, "chmod " + target.safeMode() + " " + shellQuoted(location));
    }

    /** Quotes a path for a POSIX shell only when it needs it, so the remedy can be pasted as is. */
    static String shellQuoted(String path) {
        if (SHELL_SAFE.matcher(path).matches()) {
            return path;
        }
        return "'" + path.replace("'", "'\\''") + "'";
    }
}
