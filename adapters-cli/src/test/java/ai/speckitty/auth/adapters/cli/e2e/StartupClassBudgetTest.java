package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Start-up CPU follows the number of classes a command loads (issue 11), so each offline command
 * has a budget: the classes it may load beyond the JVM's own {@code java -version}, counted in a
 * child JVM on the real module path with class-load logging. Counts are deterministic (the child is
 * interpreted only), so a change that drags in a library or an API family fails here instead of
 * slowly creeping into every start. The budgets are the counts measured when they were set plus a
 * small margin; lower one when a change makes a command cheaper.
 */
class StartupClassBudgetTest {
    /** {@code --version}'s budget, which the regression check below must exceed. */
    private static final int VERSION_BUDGET = 795;

    @TempDir
    static Path tmp;

    private static Path home;
    private static int jvmFloor;

    @BeforeAll
    static void signedInHomeAndTheJvmsOwnCount() throws IOException, InterruptedException {
        home = Files.createDirectory(tmp.resolve("home"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        // The session the image's start-up cache is trained on: signed in, tokens far from expiry.
        try (InputStream session = Files.newInputStream(Path.of("src/dist/training/credentials.toml"))) {
            Files.copy(session, home.resolve("credentials"));
        }
        Files.setPosixFilePermissions(home.resolve("credentials"), PosixFilePermissions.fromString("rw-------"));
        jvmFloor = classesLoaded(List.of("-version"), List.of(), "floor").count();
    }

    @ParameterizedTest(name = "{0}: at most {2} classes beyond java -version")
    @CsvSource({
            "--version,   0, " + VERSION_BUDGET,
            "--help,      0, 915",
            "auth status, 0, 1233",
            "auth whoami, 0, 1214",
            "auth token,  0, 1184"})
    void offlineCommandStaysWithinItsClassBudget(String command, int exit, int budget)
            throws IOException, InterruptedException {
        Run run = classesLoaded(cli(), List.of(command.split(" ")), command);
        assertEquals(exit, run.exit(), run.output());
        int beyondFloor = run.count() - jvmFloor;
        System.out.printf("class budget: %-12s loads %4d classes, %4d beyond java -version (%d); budget %d%n",
                command, run.count(), beyondFloor, jvmFloor, budget);
        assertTrue(beyondFloor <= budget, command + " loads " + beyondFloor + " classes beyond java -version ("
                + run.count() + " in all), over its budget of " + budget);
    }

    /**
     * The budget catches a real regression: with picocli's reflective converters back (the
     * property set to exclude nothing), {@code --version} loads the java.time family again and
     * goes over its budget.
     */
    @Test
    void budgetCatchesTheJavaTimeConvertersComingBack() throws IOException, InterruptedException {
        List<String> jvm = new ArrayList<>(List.of("-Dpicocli.converters.excludes="));
        jvm.addAll(cli());
        Run run = classesLoaded(jvm, List.of("--version"), "regressed");
        assertEquals(0, run.exit(), run.output());
        System.out.printf("class budget: --version with picocli's converters loads %d beyond java -version%n",
                run.count() - jvmFloor);
        assertTrue(run.count() - jvmFloor > VERSION_BUDGET, "with the converters, --version loads "
                + (run.count() - jvmFloor) + " classes beyond java -version, which its budget should refuse");
    }

    private static List<String> cli() {
        return List.of("-p", System.getProperty("jdk.module.path"),
                "-m", "ai.speckitty.auth.adapters.cli/ai.speckitty.auth.adapters.cli.Main");
    }

    private record Run(int exit, String output, int count) {}

    /** Runs a child JVM (interpreted, so no compiler thread can change the count) and counts the classes it loaded. */
    private static Run classesLoaded(List<String> jvmArgs, List<String> args, String name)
            throws IOException, InterruptedException {
        Path log = tmp.resolve("classes-" + name.replace(' ', '-') + ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xint", "-XX:+UseSerialGC", "-Xlog:class+load=info:file=" + log));
        cmd.addAll(jvmArgs);
        cmd.addAll(args);
        Path output = tmp.resolve("output-" + name.replace(' ', '-') + ".txt");
        // To a file, not a pipe: a child that hangs must meet the deadline below, not block a read forever.
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().remove("SPEC_KITTY_SAAS_URL");
        pb.environment().remove("SPEC_KITTY_ENABLE_SAAS_SYNC");
        pb.environment().put("SPEC_KITTY_HOME", home == null ? tmp.toString() : home.toString());
        pb.environment().put("NO_COLOR", "1");
        Process process = pb.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not finish in 60 s");
        }
        int count = (int) Files.readAllLines(log).stream().filter(line -> line.contains("[class,load]")).count();
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8), count);
    }
}
