package ai.speckitty.auth.adapters.cli;

import ai.speckitty.auth.adapters.cli.render.Style;
import ai.speckitty.auth.adapters.cli.wiring.CliContext;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/** The spec-kitty entry point: builds the command line and runs it. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exit = run(out, err, System.getenv(), Terminal.stdoutIsTerminal(), args);
        out.flush();
        err.flush();
        System.exit(exit);
    }

    /** Runs one command line and returns its exit code; never prints to System.out directly, never colours. */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> env, String... args) {
        return run(out, err, env, false, args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, Map, String...)}; colour only as {@link Style#of} allows. */
    static int run(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal, String... args) {
        boolean debug = debugRequested(args);
        try {
            Style style = Style.of(terminal, env);
            CliContext context = new CliContext(out, err, env, Clock.systemUTC(), style, AppVersion.get(),
                    System.getProperty("user.home", ""), debug, terminal);
            return Cli.build(context, debug, args).execute(args);
        } catch (RuntimeException | Error e) {
            return Cli.unexpected(e, err, debug);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** {@code --debug} anywhere before a {@code --} end-of-options marker. */
    private static boolean debugRequested(String... args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("--debug")) {
                return true;
            }
        }
        return false;
    }
}
