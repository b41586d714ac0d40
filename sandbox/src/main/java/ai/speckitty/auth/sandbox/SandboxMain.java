package ai.speckitty.auth.sandbox;

import ai.speckitty.auth.sandbox.server.ConfigOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The command line: {@code java -jar sandbox.jar --port N [--interval S] [--access-ttl S]
 * [--grace S] [--port-file PATH] ...}. Prints {@code sandbox listening on http://127.0.0.1:N}
 * on stdout and runs until killed.
 */
public final class SandboxMain {

    /** What the arguments ask for. */
    public sealed interface Command {
        /** Start the sandbox; {@code portFile} may be null. */
        record Run(SandboxConfig config, Path portFile, boolean verbose) implements Command {
        }

        record Help() implements Command {
        }

        record Invalid(String message) implements Command {
        }
    }

    static final String USAGE = """
            usage: java -jar sandbox.jar [options]
              --port N                  port on 127.0.0.1 (default 0: any free port)
              --port-file PATH          write the port there (atomically) once listening
              --interval S              device flow polling interval (default 1)
              --device-ttl S            device code lifetime (default 900)
              --pending-polls N         polls answered authorization_pending first (default 0)
              --device-mode M           approve | deny | expire | slow-down | pending-forever
              --authorize-mode M        approve | access-denied | invalid-scope | server-error
              --sync-mode M             healthy | legacy | legacy-accepts-empty-batch | forbidden
              --access-ttl S            access token lifetime (default 3600)
              --refresh-ttl S|none      refresh token lifetime (default 2592000; none = server-managed)
              --grace S                 benign replay window (default 2)
              --date-skew S             shift the Date header (seconds, may be negative)
              --email E                 the user that logins authenticate as
              --no-teams                that user has no team memberships
              --rejection-status 400|401, --generation B, --refresh-expires-at B,
              --refresh-expires-in B, --refresh-expires-at-in-me B   (B = true|false)
              --verbose                 one stderr line per request (method, path, status)
              --help
            Durations are seconds; decimals are allowed (0.5).
            """;

    private static final Set<String> FLAGS = Set.of("no-teams", "verbose", "help");

    private SandboxMain() {
    }

    public static void main(String[] args) {
        Command command = parse(args);
        if (command instanceof Command.Help) {
            System.out.print(USAGE);
            return;
        }
        if (command instanceof Command.Invalid invalid) {
            System.err.println("sandbox: " + invalid.message());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        // The hook is in place before the listening line is printed: a script may kill us at once.
        AtomicReference<Sandbox> running = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Sandbox sandbox = running.get();
            if (sandbox != null) {
                sandbox.close();
            }
        }, "sandbox-shutdown"));
        try {
            running.set(launch((Command.Run) command, System.out, System.err));
        } catch (UncheckedIOException e) {
            System.err.println("sandbox: " + e.getMessage() + " (" + e.getCause().getClass().getSimpleName() + ")");
            System.exit(1);
            return;
        }
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Parses the arguments; never throws. {@code --name value} and {@code --name=value} both work. */
    public static Command parse(String... args) {
        SandboxConfig.Builder builder = SandboxConfig.builder();
        Path portFile = null;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                return new Command.Invalid("unexpected argument " + arg);
            }
            int equals = arg.indexOf('=');
            String name = ConfigOptions.normalise(equals < 0 ? arg.substring(2) : arg.substring(2, equals));
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (FLAGS.contains(name)) {
                value = "true";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return new Command.Invalid("--" + name + " needs a value");
            }
            try {
                switch (name) {
                    case "help" -> {
                        return new Command.Help();
                    }
                    case "verbose" -> verbose = Boolean.parseBoolean(value) || value.isEmpty();
                    case "port-file" -> portFile = Path.of(value);
                    default -> ConfigOptions.apply(builder, name, value);
                }
            } catch (IllegalArgumentException e) {
                return new Command.Invalid(e.getMessage().replace("unknown setting ", "unknown option --")
                        .replace("bad value for ", "bad value for --"));
            }
        }
        return new Command.Run(builder.build(), portFile, verbose);
    }

    /**
     * Starts the sandbox, writes the port file, then prints the listening line on {@code out}
     * (so a script that sees the line can also read the file).
     */
    public static Sandbox launch(Command.Run run, PrintStream out, PrintStream err) {
        Sandbox sandbox = Sandbox.startOnOwnServer(run.config(),
                run.verbose() ? line -> err.println("sandbox: " + line) : line -> { });
        if (run.portFile() != null) {
            try {
                writeAtomically(run.portFile(), sandbox.port() + "\n");
            } catch (IOException e) {
                sandbox.close();
                throw new UncheckedIOException("could not write the port file", e);
            }
        }
        out.println("sandbox listening on " + sandbox.baseUrl());
        out.flush();
        return sandbox;
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), ".sandbox-port", ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
