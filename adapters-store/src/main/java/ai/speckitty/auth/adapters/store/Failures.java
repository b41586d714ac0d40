package ai.speckitty.auth.adapters.store;

import ai.speckitty.auth.application.port.StoreFailure;
import java.nio.file.Path;

/**
 * Store failures that name what and where, with the exception's type but never its text (which
 * may quote a path's content); a path that is not a regular file is named as such.
 */
final class Failures {

    private Failures() {
    }

    static StoreFailure of(String what, Path where, Exception cause) {
        if (cause instanceof NotRegularFileException notRegular) {
            return new StoreFailure("Could not " + what + " " + where + ": " + notRegular.reason(), notRegular.reason());
        }
        String type = cause.getClass().getSimpleName();
        return new StoreFailure("Could not " + what + " " + where + " (" + type + ")", type);
    }
}
