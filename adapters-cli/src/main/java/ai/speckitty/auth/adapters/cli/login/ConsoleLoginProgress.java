package ai.speckitty.auth.adapters.cli.login;

import ai.speckitty.auth.adapters.cli.render.TerminalText;
import ai.speckitty.auth.application.login.LoginProgress;
import ai.speckitty.auth.application.port.Browser;
import ai.speckitty.auth.domain.login.DeviceAuthorization;
import java.io.PrintWriter;

/**
 * Shows a login's progress: instructions on stdout; on stderr why no browser is used and the
 * waiting spinner, which says how to cancel (and, for the browser, how to sign in with a code).
 */
public final class ConsoleLoginProgress implements LoginProgress, AutoCloseable {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Spinner deviceSpinner;
    private final Spinner browserSpinner;
    private Spinner waiting;

    public ConsoleLoginProgress(PrintWriter out, PrintWriter err, boolean interactive) {
        this.out = out;
        this.err = err;
        this.deviceSpinner = new Spinner(err, interactive, "Waiting for you to sign in… (Ctrl-C to cancel)");
        this.browserSpinner = new Spinner(err, interactive,
                "Waiting for the browser sign-in… (Ctrl-C to cancel; `--headless` signs in with a code)");
        this.waiting = deviceSpinner;
    }

    @Override
    public void browserUrl(String url) {
        waiting = browserSpinner;
        out.println("Opening your browser to sign in. If it does not open, visit:");
        out.println("  " + TerminalText.safe(url));
        out.flush();
    }

    @Override
    public void deviceFlowChosen(Browser.Unavailable why) {
        err.println("No browser can be opened here (" + switch (why) {
            case SSH_SESSION -> "SSH session";
            case NO_DISPLAY -> "no DISPLAY or WAYLAND_DISPLAY";
        } + "); signing in with a code instead.");
        err.flush();
    }

    @Override
    public void browserLaunchFailed() {
        err.println("Could not open a browser. Open the URL above by hand, "
                + "or run `spec-kitty auth login --headless` to sign in with a code.");
    }

    @Override
    public void deviceCode(DeviceAuthorization authorization) {
        // All three come from the server.
        out.println("Visit: " + TerminalText.safe(authorization.verificationUri()));
        out.println("Code: " + TerminalText.safe(groupsOfFour(authorization.userCode())));
        authorization.verificationUriComplete().ifPresent(complete -> out.println("Or open: " + TerminalText.safe(complete)));
        out.flush();
        deviceSpinner.start();
    }

    @Override
    public void stillWaiting() {
        waiting.start();
    }

    @Override
    public void close() {
        deviceSpinner.close();
        browserSpinner.close();
    }

    /** {@code ABCDEFGH} → {@code ABCD-EFGH}; a code that already has separators is shown as is. */
    static String groupsOfFour(String userCode) {
        if (userCode.contains("-") || userCode.contains(" ")) {
            return userCode;
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < userCode.length(); i += 4) {
            if (i > 0) {
                grouped.append('-');
            }
            grouped.append(userCode, i, Math.min(i + 4, userCode.length()));
        }
        return grouped.toString();
    }
}
