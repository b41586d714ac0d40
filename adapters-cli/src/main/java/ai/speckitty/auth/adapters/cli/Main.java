package ai.speckitty.auth.adapters.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The spec-kitty entry point: builds the command line and runs it. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exit = run(out, err, System.getenv(), args);
        out.flush();
        err.flush();
        System.exit(exit);
    }

    /** Runs one command line and returns its exit code; never prints to System.out directly. */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> env, String... args) {
        out.println("spec-kitty (skeleton)");
        return 0;
    }
}
