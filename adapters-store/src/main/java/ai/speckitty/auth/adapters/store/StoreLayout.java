package ai.speckitty.auth.adapters.store;

import java.nio.file.Path;

/** The names of the files under the root (SPEC §3), in one place. */
final class StoreLayout {
    static final String CREDENTIALS = "credentials";
    static final String LOCK = "credentials.lock";
    static final String CONFIG = "config.toml";
    /** Temp files of the atomic replace; a crashed writer may leave one, the next writer removes it. */
    static final String TEMP_PREFIX = "credentials.tmp-";
    static final String SET_ASIDE_PREFIX = "credentials.corrupt-";

    private StoreLayout() {
    }

    static Path credentials(Path root) {
        return root.resolve(CREDENTIALS);
    }

    static Path lock(Path root) {
        return root.resolve(LOCK);
    }

    static Path config(Path root) {
        return root.resolve(CONFIG);
    }
}
