package ai.speckitty.auth.adapters.cli.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A SPEC_KITTY_HOME under a JUnit temp dir, with real credentials files written in the SPEC §3 layout. */
final class Home {
    static final String ACCESS = "ACCESS-d1st1nct-7Q9xZ-token";
    static final String REFRESH = "REFRESH-d1st1nct-K3mW8-token";

    private final Path root;

    private Home(Path root) {
        this.root = root;
    }

    /** A home path that does not exist yet. */
    static Home missing(Path tempDir) {
        return new Home(tempDir.resolve("spec-kitty-home"));
    }

    /** A home directory created 0700. */
    static Home created(Path tempDir) {
        Home home = missing(tempDir);
        try {
            Files.createDirectories(tempDir);
            Files.createDirectory(home.root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return home;
    }

    Path root() {
        return root;
    }

    Path credentials() {
        return root.resolve("credentials");
    }

    Path lock() {
        return root.resolve("credentials.lock");
    }

    /** A current-shape session; {@code refresh} null leaves refresh_expires_at out (server-managed). */
    Home session(Duration access, Duration refresh) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String refreshLine = refresh == null ? "" : "refresh_expires_at = \"" + now.plus(refresh) + "\"\n";
        return write("""
                schema_version = 1

                [server]
                url = "https://app.spec-kitty.ai"

                [tokens]
                access = "%s"
                refresh = "%s"
                access_expires_at = "%s"
                %sscope = "offline_access"

                [session]
                id = "sess_01JX"
                generation = 7
                auth_method = "device_code"
                issued_at = "%s"
                last_used_at = "%s"

                [user]
                id = "u_123"
                email = "ada@example.com"
                name = "Ada Lovelace"
                default_team_id = "t_1"

                [[teams]]
                id = "t_1"
                name = "Ada's space"
                role = "owner"
                is_private_teamspace = true

                [[teams]]
                id = "t_2"
                name = "Engines"
                role = "member"
                """.formatted(ACCESS, REFRESH, now.plus(access), refreshLine, now.minusSeconds(1800), now.minusSeconds(300)));
    }

    Home fresh() {
        return session(Duration.ofMinutes(30), Duration.ofDays(30));
    }

    /** The older 2.x shape: no schema_version, username/team_slug, no session table. */
    Home legacy() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return write("""
                [server]
                url = "https://app.spec-kitty.ai"

                [tokens]
                access = "%s"
                refresh = "%s"
                access_expires_at = "%s"

                [user]
                username = "old@example.com"
                team_slug = "old-team"
                """.formatted(ACCESS, REFRESH, now.plusSeconds(600)));
    }

    Home write(String content) {
        try {
            if (!Files.isDirectory(root)) {
                created0700();
            }
            Path file = credentials();
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Home mode(Path path, String rwx) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(rwx));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lock file holding a holder record, as a crashed process leaves it (the OS lock is free). */
    Home staleLockRecord(long pid, String host, Instant startedAt) {
        try {
            Files.writeString(lock(), "{\"pid\":" + pid + ",\"host\":\"" + host + "\",\"started_at\":\"" + startedAt
                    + "\",\"version\":\"0.0.1\"}\n", StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Home config(String content) {
        try {
            Files.writeString(root.resolve("config.toml"), content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] credentialBytes() {
        try {
            return Files.readAllBytes(credentials());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void created0700() throws IOException {
        Files.createDirectories(root.getParent());
        Files.createDirectory(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
}
