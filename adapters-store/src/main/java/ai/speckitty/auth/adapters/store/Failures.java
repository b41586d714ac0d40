package ai.speckitty.auth.adapters.store;

import ai.speckitty.auth.application.port.StoreFailure;
import java.nio.file.Path;

/**
 * Store failures that name what and where in plain words, keeping the exception's type apart and
 * never its text (which may quote a path's content); a path that is not a regular file is named as such.
 */
final class Failures {

    private Failures() {
    }

    static StoreFailure of(String what, Path where, Exception cause) {
        if (cause instanceof NotRegularFileException notRegular) {
            return new StoreFailure("Could not " + what + " " + where + ": " + notRegular.reason(), notRegular.reason());
        }
        return new StoreFailure("Could not " + what + " " + where + ": " + IoWords.of(cause),
                cause.getClass().getSimpleName());
    }
}
