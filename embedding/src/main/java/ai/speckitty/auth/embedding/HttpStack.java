package ai.speckitty.auth.embedding;

import ai.speckitty.auth.adapters.http.FeignAuthServers;
import ai.speckitty.auth.adapters.http.HttpSetupException;
import ai.speckitty.auth.application.port.AuthServers;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds the HTTP adapter. A class of its own because the JVM loads the exception types a method
 * catches when it verifies the class: were this catch in {@link UseCases}, every offline command
 * or front end would load the HTTP adapter's classes.
 */
final class HttpStack {
    private HttpStack() {}

    /** @throws SetupProblem when the environment names an unusable proxy or CA bundle */
    static AuthServers create(Map<String, String> env, Consumer<String> debugLog) {
        try {
            return FeignAuthServers.create(env, debugLog);
        } catch (HttpSetupException e) {
            throw new SetupProblem(e.getMessage());
        }
    }
}
