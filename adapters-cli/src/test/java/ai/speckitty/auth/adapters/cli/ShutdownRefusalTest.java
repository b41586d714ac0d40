package ai.speckitty.auth.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.speckitty.auth.adapters.cli.signals.ShutdownInProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A change refused because the process is already exiting ends silently, as cancelled, even with --debug. */
class ShutdownRefusalTest {

    @Test
    void aRefusedChangePrintsNothingAndCountsAsCancelled() {
        StringWriter err = new StringWriter();
        int exit = Cli.unexpected(new ShutdownInProgress("a change to the credentials"), new PrintWriter(err, true), true);
        assertEquals(130, exit);
        assertEquals("", err.toString(), "no message and no stack trace on the way out");
    }
}
