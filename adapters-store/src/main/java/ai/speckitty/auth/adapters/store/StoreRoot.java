package ai.speckitty.auth.adapters.store;

import java.nio.file.Path;
import java.util.Map;

/** Where spec-kitty keeps its local state (SPEC §3): {@code $SPEC_KITTY_HOME}, else {@code ~/.spec-kitty}. */
public final class StoreRoot {

    /** The environment variable that moves the root. */
    public static final String HOME_VARIABLE = "SPEC_KITTY_HOME";

    private StoreRoot() {
    }

    /** {@code $SPEC_KITTY_HOME} when set and non-empty (used as is), else {@code <userHome>/.spec-kitty}. */
    public static Path resolve(Map<String, String> env, String userHome) {
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isEmpty()) {
            return Path.of(home);
        }
        return Path.of(userHome, ".spec-kitty");
    }
}
