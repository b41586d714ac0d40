package ai.speckitty.auth.adapters.http;

import java.util.function.Supplier;

/**
 * A Feign target built on its first call: building one parses its interface's annotations and
 * spins a proxy class, and a command uses one or two of a server's four (a refresh only the
 * OAuth endpoints), so the others would be start-up CPU for nothing.
 */
final class LazyTarget<T> {
    private final Supplier<T> build;
    private T target;

    LazyTarget(Supplier<T> build) {
        this.build = build;
    }

    synchronized T get() {
        if (target == null) {
            target = build.get();
        }
        return target;
    }
}
