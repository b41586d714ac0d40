package ai.speckitty.auth.adapters.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.AuthServer;
import ai.speckitty.auth.domain.session.ServerUrl;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The adapter as the CLI builds it with {@code --debug}, with short deadlines, plus the check that
 * no hostile value reaches a result's {@code toString()} or a debug line. Every hostile value a
 * test hands out contains {@link #MARK}, so finding the mark anywhere is a leak.
 */
final class HostileClient {
    /** Part of every hostile value; never a legal part of a debug line or a result. */
    static final String MARK = "LEAKMARK";
    /** Short enough to keep the suite fast, long enough for a loaded 2-core machine to answer. */
    static final Duration DEADLINE = Duration.ofMillis(1500);

    final List<String> debug = new CopyOnWriteArrayList<>();
    final AuthServer server;

    private HostileClient(String baseUrl, Duration deadline) {
        this.server = FeignAuthServers.create(Map.of(), debug::add, new HttpSettings(deadline, deadline))
                .at(new ServerUrl(baseUrl));
    }

    static HostileClient at(String baseUrl) {
        return new HostileClient(baseUrl, DEADLINE);
    }

    /** For tests that expect an answer: the product's 10 s, so a slow first call on a busy machine is no timeout. */
    static HostileClient answering(String baseUrl) {
        return new HostileClient(baseUrl, Duration.ofSeconds(10));
    }

    static HostileClient at(String baseUrl, Duration deadline) {
        return new HostileClient(baseUrl, deadline);
    }

    /** Asserts the result and every debug line so far are free of hostile values; returns the result. */
    <T> T clean(T result) {
        assertFalse(String.valueOf(result).contains(MARK), () -> "a hostile value in the result: " + result);
        for (String line : debug) {
            assertFalse(line.contains(MARK), () -> "a hostile value in a debug line: " + line);
            assertTrue(line.startsWith("http: "), () -> "every debug line is an http line: " + line);
        }
        return result;
    }
}
