package ai.speckitty.auth.adapters.cli.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.Browser;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What a login shows while it waits: on a terminal a spinner that says how to cancel, in a pipe one plain line. */
class ConsoleLoginProgressTest {
    private static final String BROWSER_WAIT =
            "Waiting for the browser sign-in… (Ctrl-C to cancel; `--headless` signs in with a code)";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private ConsoleLoginProgress progress(boolean interactive) {
        return new ConsoleLoginProgress(new PrintWriter(out, true), new PrintWriter(err, true), interactive);
    }

    @Test
    void onATerminalTheBrowserWaitSpinsAndIsWipedAfterwards() throws InterruptedException {
        try (ConsoleLoginProgress progress = progress(true)) {
            progress.browserUrl("https://app.example/oauth/authorize?x=1");
            progress.stillWaiting();
            Thread.sleep(400);
        }
        String shown = err.toString();
        assertTrue(shown.startsWith("\r| " + BROWSER_WAIT), shown);
        assertTrue(shown.matches("(?s)(\r[|/\\\\-] \\Q" + BROWSER_WAIT + "\\E)+\r {" + (BROWSER_WAIT.length() + 2) + "}\r"),
                "frames, then the line wiped: " + shown);
        assertEquals("Opening your browser to sign in. If it does not open, visit:\n"
                + "  https://app.example/oauth/authorize?x=1\n", out.toString());
    }

    @Test
    void inAPipeTheBrowserWaitIsOnePlainLine() {
        try (ConsoleLoginProgress progress = progress(false)) {
            progress.browserUrl("https://app.example/oauth/authorize");
            progress.stillWaiting();
            progress.stillWaiting();
        }
        assertEquals(BROWSER_WAIT + "\n", err.toString());
    }

    @Test
    void theReasonForTheDeviceFlowIsOneLineOnStderr() {
        try (ConsoleLoginProgress progress = progress(false)) {
            progress.deviceFlowChosen(Browser.Unavailable.SSH_SESSION);
            progress.deviceFlowChosen(Browser.Unavailable.NO_DISPLAY);
        }
        assertEquals("No browser can be opened here (SSH session); signing in with a code instead.\n"
                + "No browser can be opened here (no DISPLAY or WAYLAND_DISPLAY); signing in with a code instead.\n",
                err.toString());
        assertEquals("", out.toString());
    }
}
