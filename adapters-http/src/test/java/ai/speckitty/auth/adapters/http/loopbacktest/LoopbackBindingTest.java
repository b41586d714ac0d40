package ai.speckitty.auth.adapters.http.loopbacktest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import ai.speckitty.auth.adapters.http.loopback.LoopbackCallbackListener;
import ai.speckitty.auth.application.port.CallbackListener.PendingCallback;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Where the listener binds (SPEC §4.6, §6): 127.0.0.1 only, preferred ports in order, then any free port. */
@Timeout(60)
class LoopbackBindingTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private static ServerSocket occupyLoopbackPort() throws IOException {
        return new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket probe = occupyLoopbackPort()) {
            return probe.getLocalPort();
        }
    }

    @Test
    void theRedirectUriNames127001AndTheServerAnswersThere() throws Exception {
        try (PendingCallback pending = new LoopbackCallbackListener(List.of()).listen().orElseThrow()) {
            assertTrue(pending.redirectUri().matches("http://127\\.0\\.0\\.1:\\d+/callback"), pending.redirectUri());
            assertEquals(404, Http.get("http://127.0.0.1:" + Http.portOf(pending.redirectUri()) + "/").status());
        }
    }

    @Test
    void connectionsToThePortOnANonLoopbackAddressOfThisMachineAreRefused() throws Exception {
        List<InetAddress> addresses = nonLoopbackAddresses();
        assumeFalse(addresses.isEmpty(), "this machine has no non-loopback interface address");

        try (PendingCallback pending = new LoopbackCallbackListener(List.of()).listen().orElseThrow()) {
            int port = Http.portOf(pending.redirectUri());
            Http.connect("127.0.0.1", port);
            for (InetAddress address : addresses) {
                assertThrows(ConnectException.class, () -> Http.connect(address.getHostAddress(), port),
                        () -> "reachable on " + address.getHostAddress());
            }
        }
    }

    @Test
    void aBusyPreferredPortIsSkippedForTheNextOne() throws Exception {
        try (ServerSocket busy = occupyLoopbackPort()) {
            int next = freeLoopbackPort();
            LoopbackCallbackListener listener = new LoopbackCallbackListener(List.of(busy.getLocalPort(), next));

            try (PendingCallback pending = listener.listen().orElseThrow()) {
                assertEquals("http://127.0.0.1:" + next + "/callback", pending.redirectUri());
            }
        }
    }

    @Test
    void whenEveryPreferredPortIsBusyAnyFreePortIsUsed() throws Exception {
        try (ServerSocket busy = occupyLoopbackPort()) {
            LoopbackCallbackListener listener = new LoopbackCallbackListener(List.of(busy.getLocalPort()));

            try (PendingCallback pending = listener.listen().orElseThrow()) {
                int port = Http.portOf(pending.redirectUri());
                assertNotEquals(busy.getLocalPort(), port);
                assertEquals(404, Http.get("http://127.0.0.1:" + port + "/").status());
            }
        }
    }

    @Test
    void listeningStartsNoThreadThatWouldKeepTheJvmAlive() {
        Set<Thread> before = nonDaemonThreads();

        PendingCallback pending = new LoopbackCallbackListener(List.of()).listen().orElseThrow();
        try {
            Set<Thread> added = nonDaemonThreads();
            added.removeAll(before);
            assertEquals(Set.of(), added.stream().map(Thread::getName).collect(Collectors.toSet()));
        } finally {
            pending.close();
        }
    }

    private static Set<Thread> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !t.isDaemon() && t.isAlive())
                .collect(Collectors.toSet());
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(LoopbackBindingTest::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress() && !a.equals(LOOPBACK))
                .collect(Collectors.toList());
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
