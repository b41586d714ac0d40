package ai.speckitty.auth.adapters.cli.login;

import ai.speckitty.auth.adapters.cli.render.ServerText;
import ai.speckitty.auth.adapters.cli.render.TerminalText;
import ai.speckitty.auth.application.login.LoginResult;
import ai.speckitty.auth.application.port.AuthServer;
import ai.speckitty.auth.application.port.StateDirectoryProblem;
import ai.speckitty.auth.application.server.ServerSource;
import ai.speckitty.auth.domain.server.ServerFailure.TransportProblem;
import java.nio.file.Path;

/**
 * The words for a login that stopped before anything started: the server did not answer, or the
 * state directory cannot hold a session. Paths stand on lines of their own; foreign text is made
 * terminal-safe here.
 */
public final class LoginRefusals {
    private static final String NOTHING_STARTED = "No sign-in was started.";

    private LoginRefusals() {}

    /** What happened, where the URL came from ({@code configFile} when from config.toml), what to do. */
    public static String unreachable(LoginResult.Unreachable result, ServerSource source, Path configFile) {
        String why = result.problem() == TransportProblem.TIMEOUT
                ? "no answer within " + AuthServer.REACH_TIMEOUT.toSeconds() + " s"
                : result.problem().description();
        StringBuilder text = new StringBuilder("Login failed: the server did not answer (" + why + "):\n  ")
                .append(TerminalText.safe(result.server().value())).append('\n')
                .append(ServerText.originText(source, configFile));
        if (result.problem() == TransportProblem.TLS) {
            text.append("If your network inspects TLS, set SPEC_KITTY_CA_BUNDLE to its CA certificate (PEM).\n");
        }
        return text.append("Check the URL and your network, then run `spec-kitty auth login` again.").toString();
    }

    /** What is in the way (or not writable), on its own line, and what to do. */
    public static String stateDirectory(StateDirectoryProblem problem) {
        String location = "  " + TerminalText.safe(problem.location()) + "\n";
        String remedy = problem.reason() == StateDirectoryProblem.Reason.NOT_WRITABLE
                ? "Fix its permissions, or set SPEC_KITTY_HOME to a directory you can write. "
                : "Move it away, or set SPEC_KITTY_HOME to a directory you can write. ";
        if (problem.atDirectory()) {
            String what = problem.reason() == StateDirectoryProblem.Reason.NOT_WRITABLE
                    ? "is not writable (permissions or a read-only file system)"
                    : "is " + entry(problem.found()) + ", not a directory";
            return "Cannot sign in: the state directory " + what + ":\n" + location + remedy + NOTHING_STARTED;
        }
        String blocker = problem.reason() == StateDirectoryProblem.Reason.NOT_WRITABLE
                ? "this directory is not writable (permissions or a read-only file system):"
                : entry(problem.found()) + " is in the way:";
        return "Cannot sign in: the state directory cannot be created:\n  " + TerminalText.safe(problem.directory())
                + "\nbecause " + blocker + "\n" + location + remedy + NOTHING_STARTED;
    }

    private static String entry(StateDirectoryProblem.Entry found) {
        return switch (found) {
            case DIRECTORY -> "a directory";
            case REGULAR_FILE -> "a file";
            case DANGLING_LINK -> "a symbolic link to nothing";
            case FIFO -> "a FIFO (named pipe)";
            case SOCKET -> "a socket";
            case DEVICE -> "a device";
            case OTHER -> "a special file";
        };
    }
}
