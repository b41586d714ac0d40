package ai.speckitty.auth.adapters.cli.stampede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.adapters.cli.stampede.StampedeRun.Outcome;
import ai.speckitty.auth.adapters.store.TomlSessionStore;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.sandbox.Fault;
import ai.speckitty.auth.sandbox.IssuedSession;
import ai.speckitty.auth.sandbox.RecordedRequest;
import ai.speckitty.auth.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §4.3 step 4 across real processes: eight {@code spec-kitty auth token} JVMs released at once
 * on one expired session cause exactly one refresh request, and all print the one new token.
 */
class TokenStampedeTest {
    private static final int CHILDREN = 8;
    /** Liveness bound for booting and finishing on a loaded 2-core machine; not a performance check. */
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /**
     * The sandbox rotates at once but answers the refresh late, so the winner holds the lock while
     * the slower children arrive: they must wait for it and adopt its token, not refresh again.
     */
    private static final Duration SLOW_REFRESH_ANSWER = Duration.ofMillis(1500);

    @TempDir
    Path tmp;

    @Test
    void eightProcessesOnOneExpiredSessionCauseOneRefreshAndAllPrintTheNewToken() throws Exception {
        try (Sandbox sandbox = Sandbox.start()) {
            IssuedSession old = sandbox.issueSession();
            Path home = ExpiredSessionHome.create(tmp.resolve("home"), sandbox.baseUrl(), old);
            sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.slow(SLOW_REFRESH_ANSWER));
            Path work = Files.createDirectory(tmp.resolve("work"));

            StampedeRun.Result result = new StampedeRun(work, TIMEOUT).run(CHILDREN, home, "auth", "token");
            System.out.println("stampede: " + CHILDREN + " children, go to last exit " + result.raceTime().toMillis()
                    + " ms (information only)");

            List<Outcome> outcomes = result.outcomes();
            Redaction redaction = new Redaction(old);
            String report = redaction.apply(describe(outcomes));
            List<RecordedRequest> refreshes = sandbox.journal().tokenRequests("refresh_token");
            assertEquals(1, refreshes.size(), "refresh requests the sandbox saw: " + refreshes + "\n" + report);
            assertEquals(1, sandbox.journal().countRefreshSubmissions(old.refreshToken()), report);
            assertEquals(200, refreshes.get(0).status(), report);

            String newToken = outcomes.get(0).stdout().strip();
            redaction.newAccess(newToken);
            report = redaction.apply(describe(outcomes));
            assertTrue(newToken.startsWith("sbx_at_"), report);
            assertNotEquals(old.accessToken(), newToken, "the children printed the expired token\n" + report);
            for (Outcome outcome : outcomes) {
                assertEquals(0, outcome.exit(), report);
                assertEquals(newToken + "\n", outcome.stdout(), "stdout is the new token alone\n" + report);
                assertEquals("", outcome.stderr(), report);
            }
            assertEquals(old.sessionId(), sandbox.sessionOfToken(newToken).orElseThrow().sessionId(),
                    "the printed token is the rotated session's");

            StoredSession persisted = persistedSession(home);
            assertEquals(newToken, persisted.tokens().access().value(), "the credentials hold the printed token");
            String persistedRefresh = persisted.tokens().refresh().orElseThrow().value();
            assertNotEquals(old.refreshToken(), persistedRefresh, "the spent refresh token is not kept");
            assertTrue(sandbox.isCurrentRefreshToken(persistedRefresh), "the credentials hold the rotated refresh token");
            assertEquals(old.sessionId(), persisted.info().id().orElseThrow());
            assertEquals(OptionalLong.of(old.generation() + 1), persisted.info().generation(), "one rotation");
            assertFalse(persisted.accessTokenExpired(Clock.systemUTC().instant()));

            Path lock = home.resolve("credentials.lock");
            assertTrue(Files.isRegularFile(lock), "the lock file is never deleted");
            assertEquals(0, Files.size(lock), "every holder truncated its record on release");
        }
    }

    /** The session as the real store reads it (it must parse). */
    private static StoredSession persistedSession(Path home) {
        SessionRead read = new TomlSessionStore(home, Clock.systemUTC(), "stampede-test").read();
        if (read instanceof SessionRead.Present present) {
            return present.session();
        }
        throw new AssertionError("the credentials do not read as a session after the stampede: " + read);
    }

    private static String describe(List<Outcome> outcomes) {
        return outcomes.stream()
                .map(o -> "child pid " + o.pid() + " exit " + o.exit() + "\n  stdout: " + o.stdout().strip()
                        + "\n  stderr: " + o.stderr().strip())
                .collect(Collectors.joining("\n"));
    }

    /** Failure reports name tokens by role instead of printing them (SPEC §6 spirit, even in tests). */
    private static final class Redaction {
        private final IssuedSession old;
        private String newAccess = "\u0000";

        Redaction(IssuedSession old) {
            this.old = old;
        }

        void newAccess(String value) {
            newAccess = value.isEmpty() ? "\u0000" : value;
        }

        String apply(String text) {
            return text.replace(old.accessToken(), "<old access token>")
                    .replace(old.refreshToken(), "<old refresh token>")
                    .replace(newAccess, "<token of child 0>")
                    .replaceAll("sbx_(at|rt)_[A-Za-z0-9_-]+", "<another sbx_$1 token>");
        }
    }
}
