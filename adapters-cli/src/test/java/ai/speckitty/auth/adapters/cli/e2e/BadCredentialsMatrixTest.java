package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.adapters.cli.e2e.BadCredentialsFiles.BadFile;
import ai.speckitty.auth.adapters.cli.e2e.BadCredentialsFiles.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.opentest4j.TestAbortedException;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 7, "must show" 3: every broken, foreign or strange thing in place of the credentials file,
 * times every command. Each run ends within a bound (a hang fails instead of hanging the build),
 * prints no stack trace and no planted secret, exits with a documented code, and leaves the thing
 * exactly as it was; the one exception is a corrupt regular file that logout or a successful login
 * moves aside to {@code credentials.corrupt-<timestamp>}, byte for byte.
 */
class BadCredentialsMatrixTest extends SandboxTestBase {
    private static final Duration BOUND = Duration.ofSeconds(20);

    /** Every command that reads the credentials, with its exit code for each kind of bad file (SPEC §5). */
    enum Command {
        STATUS(0, 0, 0, true, "auth", "status"),
        STATUS_JSON(0, 0, 0, false, "auth", "status", "--json"),
        WHOAMI(1, 1, 1, false, "auth", "whoami"),
        TOKEN(1, 1, 1, true, "auth", "token"),
        DOCTOR(1, 1, 1, true, "auth", "doctor"),
        DOCTOR_JSON(1, 1, 1, true, "auth", "doctor", "--json"),
        DOCTOR_SERVER(1, 1, 1, true, "auth", "doctor", "--server"),
        LOGOUT(0, 1, 1, false, "auth", "logout"),
        LOGOUT_FORCE(0, 1, 1, false, "auth", "logout", "--force"),
        LOGIN(0, 1, 1, false, "auth", "login"),
        SYNC_CHECK(1, 1, 1, false, "sync", "status", "--check");

        private final int corruptExit;
        private final int newerExit;
        private final int specialExit;
        /** The command names the remedy for an unusable file (status, token and doctor do). */
        private final boolean advises;
        private final String[] args;

        Command(int corruptExit, int newerExit, int specialExit, boolean advises, String... args) {
            this.corruptExit = corruptExit;
            this.newerExit = newerExit;
            this.specialExit = specialExit;
            this.advises = advises;
            this.args = args;
        }

        int exitFor(Kind kind) {
            return switch (kind) {
                case CORRUPT -> corruptExit;
                case NEWER -> newerExit;
                case SPECIAL -> specialExit;
            };
        }

        /** Logout and a successful login move a corrupt regular file aside; nothing else changes it. */
        boolean movesAside(Kind kind) {
            return kind == Kind.CORRUPT && (this == LOGOUT || this == LOGOUT_FORCE || this == LOGIN);
        }

        @Override
        public String toString() {
            return String.join(" ", args);
        }
    }

    static Stream<BadFile> badFiles() {
        return BadCredentialsFiles.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void everyCommandEndsReportsAndLeavesTheFileAlone(BadFile file) throws Exception {
        String browser = curlBrowser();
        Map<String, String> env = world.env("SPEC_KITTY_SAAS_URL", world.sandbox.baseUrl(),
                "BROWSER", browser == null ? "" : browser, "SPEC_KITTY_ENABLE_SAAS_SYNC", "1");
        for (Command command : Command.values()) {
            if (command == Command.LOGIN && browser == null) {
                continue;
            }
            Path scratch = reset(file);
            String before = Fingerprint.of(credentials());
            byte[] original = file.kind() == Kind.CORRUPT ? Files.readAllBytes(credentials()) : null;
            String what = "'" + file.name() + "' × " + command;

            CliRun r = bounded(env, command.args, what);

            assertNoStackTraceNorSecret(r, what);
            assertEquals(command.exitFor(file.kind()), r.exit(), () -> what + ": exit\n" + r);
            if (file.kind() == Kind.SPECIAL) {
                assertTrue(r.both().contains("not a regular file") && r.both().contains(credentials().toString()),
                        () -> what + ": names what is wrong, and where\n" + r);
                // Nothing sets a non-regular file aside, so `login --force` would not help.
                assertFalse(r.both().contains("login --force"), () -> what + ": no remedy that cannot work\n" + r);
                if (command.advises) {
                    assertTrue(r.both().toLowerCase().contains("remove or rename"), () -> what + ": the remedy that works\n" + r);
                }
            }
            List<Path> setAside = setAside();
            if (command.movesAside(file.kind())) {
                assertEquals(1, setAside.size(), () -> what + ": one copy kept aside " + setAside + "\n" + r);
                assertArrayEquals(original, Files.readAllBytes(setAside.get(0)), what + ": kept aside byte for byte");
                assertEquals(command == Command.LOGIN, world.onDisk().isPresent(), what + ": only login leaves a new session");
            } else {
                assertEquals(List.of(), setAside, () -> what + ": nothing moved aside\n" + r);
                assertEquals(before, Fingerprint.of(credentials()), () -> what + ": left exactly as it was\n" + r);
            }
            assertTrue(Files.isDirectory(scratch), what);
        }
    }

    /** The curl "browser" of {@link LoginTest}; null without curl, which skips only the login runs. */
    private String curlBrowser() {
        try {
            return LoginTest.browser(tmp);
        } catch (TestAbortedException noCurl) {
            return null;
        }
    }

    private Path credentials() {
        return world.home.credentials();
    }

    /** An empty home (and link-target scratch directory) holding only {@code file}. */
    private Path reset(BadFile file) throws IOException, InterruptedException {
        Path scratch = tmp.resolve("scratch");
        deleteTree(world.home.root());
        deleteTree(scratch);
        Files.createDirectory(world.home.root(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.createDirectories(scratch);
        file.installer().install(credentials(), scratch);
        return scratch;
    }

    /** Deletes a tree without following links (a link's target is never touched). */
    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private List<Path> setAside() throws IOException {
        try (Stream<Path> files = Files.list(world.home.root())) {
            return files.filter(p -> p.getFileName().toString().startsWith("credentials.corrupt-")).toList();
        }
    }

    /** Runs the command on a daemon thread: a hang fails this test after {@link #BOUND} instead of hanging the build. */
    private CliRun bounded(Map<String, String> env, String[] args, String what) throws InterruptedException {
        AtomicReference<CliRun> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                result.set(world.run(env, args));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "matrix " + what);
        worker.setDaemon(true);
        worker.start();
        worker.join(BOUND.toMillis());
        if (worker.isAlive()) {
            throw new AssertionError(what + ": still running after " + BOUND.toSeconds() + " s (a hang)");
        }
        if (failure.get() instanceof AssertionError assertion) {
            throw assertion;
        }
        if (failure.get() != null) {
            throw new AssertionError(what + ": the run threw", failure.get());
        }
        return result.get();
    }

    private static void assertNoStackTraceNorSecret(CliRun r, String what) {
        String all = r.both();
        assertFalse(all.contains("\tat "), () -> what + ": a stack trace\n" + r);
        assertFalse(all.contains("Exception"), () -> what + ": an exception in the output\n" + r);
        assertFalse(all.contains("unexpected error"), () -> what + ": an unexpected error\n" + r);
        assertFalse(all.contains(BadCredentialsFiles.MARK), () -> what + ": printed a value from the file\n" + r);
    }

    /** What is at a path, without following a link: kind, and content, link target or listing. */
    static final class Fingerprint {
        private Fingerprint() {
        }

        static String of(Path path) {
            try {
                if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                    return "absent";
                }
                if (Files.isSymbolicLink(path)) {
                    Path target = Files.readSymbolicLink(path);
                    String pointee = target.startsWith("/dev") ? "device" : of(path.resolveSibling(target));
                    return "link to " + target + " (" + pointee + ")";
                }
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    try (Stream<Path> entries = Files.list(path)) {
                        return "directory " + entries.map(e -> e.getFileName() + "=" + of(e)).sorted().toList();
                    }
                }
                if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
                    return "file " + Base64.getEncoder().encodeToString(digest);
                }
                int type = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
                return "special " + Integer.toOctalString(type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
