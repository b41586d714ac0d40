package ai.speckitty.auth.adapters.http.loopback;

import ai.speckitty.auth.application.port.CallbackListener;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Receives the browser's OAuth redirect on {@code http://127.0.0.1:<port>/callback} (SPEC §4.6):
 * bound to the IPv4 loopback address only, on the first free preferred port, else on any free port.
 */
public final class LoopbackCallbackListener implements CallbackListener {
    /** The ports tried first, in order (SPEC §4.6). */
    public static final List<Integer> DEFAULT_PORTS =
            IntStream.rangeClosed(28888, 28898).boxed().collect(Collectors.toUnmodifiableList());

    private static final int ANY_FREE_PORT = 0;
    private static final int BACKLOG = 8;

    private final List<Integer> preferredPorts;

    /** Tries 28888–28898, then any free port. */
    public LoopbackCallbackListener() {
        this(DEFAULT_PORTS);
    }

    /** Tries these ports in order, then any free port; an empty list goes straight to a free port. */
    public LoopbackCallbackListener(List<Integer> preferredPorts) {
        for (int port : preferredPorts) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("not a TCP port: " + port);
            }
        }
        this.preferredPorts = List.copyOf(preferredPorts);
    }

    @Override
    public Optional<PendingCallback> listen() {
        InetAddress loopback = ipv4Loopback();
        List<Integer> candidates = new ArrayList<>(preferredPorts);
        candidates.add(ANY_FREE_PORT);
        for (int port : candidates) {
            Optional<HttpServer> server = bind(new InetSocketAddress(loopback, port));
            if (server.isPresent()) {
                return Optional.of(LoopbackCallback.start(server.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<HttpServer> bind(InetSocketAddress address) {
        try {
            return Optional.of(HttpServer.create(address, BACKLOG));
        } catch (IOException busyOrRefused) {
            return Optional.empty();
        }
    }

    /** 127.0.0.1 literally: {@code getLoopbackAddress()} may answer ::1, and the redirect URI names 127.0.0.1. */
    private static InetAddress ipv4Loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
