package ai.speckitty.auth.sandbox.server;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The idle sandbox servers of this JVM. Building and starting a WireMock server costs about 20 ms
 * even when its classes are loaded; handing a closed sandbox's server to the next one costs about
 * a millisecond. A leased server listens on a new free port, so a closed sandbox's port refuses
 * connections as before and every sandbox has a port of its own; two open sandboxes never share a server.
 */
public final class ServerPool {

    /** More idle servers than tests ever hold open at once would only keep threads alive. */
    private static final int MAX_IDLE = 4;
    private static final Deque<WireMockHost> IDLE = new ArrayDeque<>();

    private ServerPool() {
    }

    /**
     * An idle server listening on a new free port, or a new one.
     *
     * @throws com.github.tomakehurst.wiremock.common.FatalStartupException when no port can be bound
     */
    public static WireMockHost lease() {
        WireMockHost idle;
        while ((idle = takeIdle()) != null) {
            try {
                idle.reopen();
                return idle;
            } catch (Exception e) {
                idle.stop();
            }
        }
        return WireMockHost.start(0);
    }

    /** Takes the server back once nothing of its sandbox is left in it; otherwise it is stopped. */
    public static void giveBack(WireMockHost host) {
        if (!host.release()) {
            return;
        }
        synchronized (IDLE) {
            if (IDLE.size() < MAX_IDLE) {
                IDLE.push(host);
                return;
            }
        }
        host.stop();
    }

    private static WireMockHost takeIdle() {
        synchronized (IDLE) {
            return IDLE.poll();
        }
    }
}
