package ai.speckitty.auth.adapters.cli.command;

import ai.speckitty.auth.adapters.cli.login.ConsoleLoginProgress;
import ai.speckitty.auth.adapters.cli.login.LoginRefusals;
import ai.speckitty.auth.adapters.cli.render.ServerProblemText;
import ai.speckitty.auth.adapters.cli.render.LoginText;
import ai.speckitty.auth.adapters.cli.render.TerminalText;
import ai.speckitty.auth.adapters.cli.signals.ShutdownGuard;
import ai.speckitty.auth.adapters.cli.wiring.CliContext;
import ai.speckitty.auth.application.login.LoginResult;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.session.Team;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code auth login}: browser sign-in with PKCE, or the device flow when headless (SPEC §4.6). */
public final class LoginCommand implements Callable<Integer> {
    static final String CANCELLED = "Login cancelled by user.";
    static final String INTERRUPTED_AFTER_SIGN_IN = "Interrupted after signing in: the new session was saved.";

    private final CliContext context;
    private final CommandSpec spec;

    private final OptionSpec headless = CommandSpecs.flag("--headless",
            "Sign in with a code on another device (no browser needed here).");

    private final OptionSpec force = CommandSpecs.flag("--force",
            "Sign in again even if already signed in.",
            "The old session is replaced only once the new one is stored.");

    public LoginCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
        spec = CommandSpecs.command(this, "login", List.of(headless, force),
                "Sign in to spec-kitty.",
                "Opens your browser; the sign-in page answers on a 127.0.0.1 port (PKCE).",
                "With --headless, or when no browser can be opened (SSH, no display), it shows a code",
                "to enter on another device instead.");
        CommandSpecs.exitCodes(spec,
                "0:signed in, or already signed in",
                "1:the login failed (the previous session, if any, is kept)",
                "2:usage error",
                "130:cancelled by Ctrl-C; nothing is stored unless the new session was being written",
                "143:ended by SIGTERM, with the same care as Ctrl-C");
        CommandSpecs.footer(spec, "%nExamples:%n",
                "  spec-kitty auth login                # sign in with your browser",
                "  spec-kitty auth login --headless     # sign in with a code, e.g. over SSH",
                "  spec-kitty auth login --force        # sign in again, e.g. as another user");
    }

    /** The picocli model of this command. */
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = context.out();
        PrintWriter err = context.err();
        ServerResolution server = context.resolveServer();
        if (server.resolved().isEmpty()) {
            if (server.problem().isPresent()) {
                ServerProblemText.cannotSignIn(server.problem().get(), context.configFile()).print(err, context.style());
            } else {
                err.println(NoServer.message(context.configFile()));
            }
            return ExitCode.FAILURE;
        }
        // Ctrl-C or SIGTERM ends the JVM (130/143); this hook says how on the way out, after a
        // session write under way has finished (the guard holds the exit for it).
        ShutdownGuard guard = ShutdownGuard.process();
        Thread onInterrupt = new Thread(() -> {
            guard.beginShutdown(ShutdownGuard.EXIT_BOUND);
            err.println();
            err.println(guard.savedAChange() ? INTERRUPTED_AFTER_SIGN_IN : CANCELLED);
            err.flush();
        });
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        LoginResult result;
        try (ConsoleLoginProgress progress = new ConsoleLoginProgress(out, err, context.interactive())) {
            result = context.login().execute(server.resolved().get(), CommandSpecs.isSet(force), CommandSpecs.isSet(headless), progress);
        } finally {
            removeHook(onInterrupt);
        }
        if (result instanceof LoginResult.Unreachable unreachable) {
            err.println(LoginRefusals.unreachable(unreachable, server.source(), context.configFile()));
            return ExitCode.FAILURE;
        }
        if (result instanceof LoginResult.StateDirectoryUnusable unusable) {
            err.println(LoginRefusals.stateDirectory(unusable.problem()));
            return ExitCode.FAILURE;
        }
        return report(result, out, err);
    }

    /** Once the JVM is exiting the hook cannot (and need not) be removed: it is about to run. */
    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException exiting) {
            // Shutdown in progress: the hook reports the outcome.
        }
    }

    private int report(LoginResult result, PrintWriter out, PrintWriter err) {
        if (result instanceof LoginResult.LoggedIn loggedIn) {
            StoredSession session = loggedIn.session();
            out.println(context.style().good("Authenticated as " + session.user().email().orElse("(unknown)")));
            session.defaultTeam().map(Team::name).ifPresent(team -> out.println("Default team: " + TerminalText.safe(team)));
            return ExitCode.OK;
        }
        if (result instanceof LoginResult.AlreadyLoggedIn already) {
            out.println("Already logged in as " + TerminalText.safe(already.session().user().email().orElse("(unknown)")));
            out.println("Run `spec-kitty auth login --force` to sign in again.");
            return ExitCode.OK;
        }
        if (result instanceof LoginResult.Cancelled) {
            err.println(CANCELLED);
            return ExitCode.CANCELLED;
        }
        LoginText.failure((LoginResult.Failed) result, context.debug()).print(err, context.style());
        return ExitCode.FAILURE;
    }
}
