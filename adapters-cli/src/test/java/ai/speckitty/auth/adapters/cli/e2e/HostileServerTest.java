package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.Sandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 7, findings 1 and 2, end to end: a refresh answer carrying a token with a quote and a
 * newline, and a refresh answer that trickles one byte per second. Each command that refreshes
 * fails as documented, the credentials file stays byte-identical, no token is printed with or
 * without {@code --debug} (SandboxHome sweeps every run), and the trickle ends at the 10 s call
 * deadline (the CLI offers no shorter one, so the bound is that deadline plus a margin).
 */
class HostileServerTest extends SandboxTestBase {
    private static final Duration CALL_DEADLINE = Duration.ofSeconds(10);
    /** Start-up, the lock and a loaded machine on top of the deadline. */
    private static final Duration MARGIN = Duration.ofSeconds(5);

    /** A command that refreshes first, how it reports a failed refresh, and its exit code then. */
    enum Command {
        TOKEN(1, "Could not renew the session: %s.", "auth", "token"),
        SYNC_CHECK(1, "Could not renew the session: %s.", "sync", "status", "--check"),
        DOCTOR_SERVER(0, "Check failed: Could not renew the session: %s.", "auth", "doctor", "--server");

        final int exit;
        final String report;
        final String[] args;

        Command(int exit, String report, String... args) {
            this.exit = exit;
            this.report = report;
            this.args = args;
        }
    }

    static Stream<Arguments> hostileTokens() {
        List<Arguments> cases = new ArrayList<>();
        for (Command command : Command.values()) {
            for (String field : List.of("access_token", "refresh_token")) {
                for (boolean debug : List.of(false, true)) {
                    cases.add(Arguments.of(command, field, debug));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with a hostile {1}, debug={2}")
    @MethodSource("hostileTokens")
    void aRefreshAnswerWithAHostileTokenIsRefusedAndNothingIsStored(Command command, String field, boolean debug) {
        world.loggedIn(SandboxHome::accessExpired);
        byte[] before = world.home.credentialBytes();
        world.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.hostileToken(field));
        if (debug) {
            world.debug();
        }

        CliRun r = world.run(env(), command.args);

        assertEquals(command.exit, r.exit(), r.toString());
        // What broke the contract is a technical detail, shown only with --debug (issue 8).
        String what = "the server's answer could not be understood"
                + (debug ? " (unexpected answer to HTTP 200: " + field + " is not an RFC 6750 token)" : "");
        assertTrue(r.both().contains(command.report.formatted(what)), r.toString());
        assertTrue(r.both().contains("Your session was kept."), r.toString());
        assertArrayEquals(before, world.home.credentialBytes(), "the session is untouched");
        assertNoHostileText(r);
        assertEquals(List.of("POST /oauth/token"), world.calls(), "refused before any use of the token");
        if (debug) {
            assertTrue(r.err().contains("POST /oauth/token -> 200"), r.toString());
        }
    }

    /** Each command once, every other one with --debug: each run costs the whole 10 s deadline. */
    static Stream<Arguments> trickles() {
        List<Arguments> cases = new ArrayList<>();
        for (Command command : Command.values()) {
            cases.add(Arguments.of(command, command.ordinal() % 2 == 1));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} against a trickled refresh, debug={1}")
    @MethodSource("trickles")
    void aTrickledRefreshEndsAtTheDeadlineAndKeepsTheSession(Command command, boolean debug) {
        world.loggedIn(SandboxHome::accessExpired);
        byte[] before = world.home.credentialBytes();
        world.sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.trickle(Duration.ofSeconds(1)));
        if (debug) {
            world.debug();
        }

        long start = System.nanoTime();
        CliRun r = world.run(env(), command.args);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(took.compareTo(CALL_DEADLINE.plus(MARGIN)) <= 0, "took " + took.toMillis() + " ms");
        assertTrue(took.compareTo(CALL_DEADLINE.minusMillis(500)) >= 0, "ended by the deadline, not before: " + took.toMillis() + " ms");
        assertEquals(command.exit, r.exit(), r.toString());
        assertTrue(r.both().contains(command.report.formatted("the server did not answer in time")), r.toString());
        assertTrue(r.both().contains("Your session was kept."), r.toString());
        assertArrayEquals(before, world.home.credentialBytes(), "the session is untouched (§4.3: unknown whether it rotated)");
        assertEquals(List.of("POST /oauth/token"), world.calls(), "sent once, never again");
        if (debug) {
            assertTrue(r.err().contains("POST /oauth/token -> failed: timed out"), r.toString());
        }
    }

    private Map<String, String> env() {
        return world.env("SPEC_KITTY_ENABLE_SAAS_SYNC", "1");
    }

    /** Neither hostile token (whose prefix SandboxHome already sweeps for) nor its injected header shows. */
    private static void assertNoHostileText(CliRun r) {
        assertFalse(r.both().contains("hostile"), r::toString);
        assertFalse(r.both().contains("X-Injected"), r::toString);
        assertFalse(r.both().contains("wellformed"), r::toString);
    }
}
