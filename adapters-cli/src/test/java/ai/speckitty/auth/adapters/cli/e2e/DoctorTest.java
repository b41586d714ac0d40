package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.adapters.store.TomlSessionStore;
import ai.speckitty.auth.application.port.SessionTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorTest {
    private static final String HINT = "Run `spec-kitty auth doctor --server` to check the session with the server.";

    @TempDir
    Path tmp;

    private static void assertContains(String haystack, String needle) {
        assertTrue(haystack.contains(needle), () -> "expected <" + needle + "> in:\n" + haystack);
    }

    /** The Findings section of doctor's text output. */
    private static String findingsOf(CliRun r) {
        return r.out().substring(r.out().indexOf("\nFindings\n"));
    }

    private static List<Map<?, ?>> findings(Map<String, Object> doc) {
        return ((List<?>) doc.get("findings")).stream().<Map<?, ?>>map(f -> (Map<?, ?>) f).toList();
    }

    private static List<Object> findingIds(Map<String, Object> doc) {
        return findings(doc).stream().<Object>map(f -> f.get("id")).toList();
    }

    private static Map<String, Object> json(Home home, String... extra) {
        String[] args = Stream.concat(Stream.of("auth", "doctor", "--json"), Stream.of(extra)).toArray(String[]::new);
        return StrictJson.object(CliRun.run(CliRun.env(home), args).out());
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void missingHomeIsF001ExitOneAndNothingIsCreated() {
        Home home = Home.missing(tmp);
        CliRun r = CliRun.run(CliRun.env(home), "auth", "doctor");
        assertEquals(1, r.exit(), r.toString());
        for (String section : List.of("Identity\n", "Tokens\n", "Storage\n", "Refresh Lock\n", "Server\n", "Findings\n")) {
            assertContains(r.out(), section);
        }
        assertContains(r.out(), "critical F-001  No session is stored.");
        assertContains(r.out(), "Remedy: Run `spec-kitty auth login`.\n");
        assertTrue(r.out().endsWith("\n" + HINT + "\n"), "ends with the --server hint:\n" + r.out());
        assertFalse(Files.exists(home.root()), "doctor must not create the home directory");
    }

    @Test
    void emptyHomeCreatesNoLockFileEvenWithUnstickLock() throws IOException {
        Home home = Home.created(tmp);
        CliRun r = CliRun.run(CliRun.env(home), "auth", "doctor", "--unstick-lock");
        assertEquals(1, r.exit(), r.toString());
        assertContains(r.out(), "nothing to clear");
        assertEquals(List.of(), listing(home.root()), "doctor changes nothing");
    }

    @Test
    void healthySessionHasNoFindingAndExitsZero() {
        Home home = Home.created(tmp).fresh();
        CliRun r = CliRun.run(CliRun.env(home), "auth", "doctor");
        assertEquals(0, r.exit(), r.toString());
        assertContains(r.out(), "User:           ada@example.com (Ada Lovelace)\n");
        assertContains(r.out(), "Permissions:    0600\n");
        assertContains(r.out(), "Parse state:    ok\n");
        assertContains(r.out(), "Schema:         1 (supported)\n");
        assertContains(r.out(), "State:          unheld\n");
        assertContains(r.out(), "Resolved URL:   https://app.spec-kitty.ai (from the current session)\n");
        assertContains(r.out(), "Findings\n  None.\n");
        assertEquals("", r.err());
    }

    @Test
    void groupReadableFileIsF103WithChmod600() {
        Home home = Home.created(tmp).fresh();
        home.mode(home.credentials(), "rw-r--r--");
        CliRun r = CliRun.run(CliRun.env(home), "auth", "doctor");
        assertEquals(1, r.exit(), r.toString());
        assertContains(r.out(), "critical F-103");
        assertContains(findingsOf(r), home.credentials().toString());
        assertContains(r.out(), "`chmod 600 " + home.credentials() + "`");
        assertEquals("", r.err(), "doctor reports permissions as findings, not warnings");
    }

    @Test
    void openRootIsF103WithChmod700() {
        Home home = Home.created(tmp).fresh();
        home.mode(home.root(), "rwxr-x---");
        Map<String, Object> doc = json(home);
        Map<?, ?> f = findings(doc).get(0);
        assertEquals("F-103", f.get("id"));
        assertContains((String) f.get("remedy"), "`chmod 700 " + home.root() + "`");
    }

    @Test
    void staleLockRecordIsF106InfoAndUnstickClearsIt() throws IOException {
        Home home = Home.created(tmp).fresh().staleLockRecord(31337, "elsewhere-host", Instant.now().minusSeconds(3600));
        CliRun r = CliRun.run(CliRun.env(home), "auth", "doctor");
        assertContains(r.out(), "unheld; stale record of pid 31337 on elsewhere-host");
        assertContains(r.out(), "info     F-106");
        assertContains(r.out(), "warn     F-007");
        assertEquals(0, r.exit(), "info and warn findings do not fail doctor:\n" + r);

        CliRun unstick = CliRun.run(CliRun.env(home), "auth", "doctor", "--unstick-lock");
        assertTrue(unstick.out().startsWith("Cleared the stale lock holder record.\n"), unstick.out());
        assertFalse(unstick.out().contains("F-106"), unstick.out());
        assertTrue(Files.exists(home.lock()), "the lock file is never deleted");
        assertEquals(0, Files.size(home.lock()));
    }

    @Test
    void lockHeldForMinutesIsStuckF003AndUnstickLeavesItAlone() throws IOException {
        Home home = Home.created(tmp).fresh();
        Clock twoMinutesAgo = Clock.fixed(Instant.now().minusSeconds(120), ZoneOffset.UTC);
        TomlSessionStore holder = new TomlSessionStore(home.root(), twoMinutesAgo, "test");
        try (SessionTransaction held = holder.lock(Duration.ofSeconds(5)).orElseThrow()) {
            String recordBefore = Files.readString(home.lock());
            CliRun r = CliRun.run(CliRun.env(home), "auth", "doctor", "--unstick-lock");
            assertEquals(1, r.exit(), r.toString());
            assertContains(r.out(), "held by a running process; it was left alone");
            assertContains(r.out(), "held by pid " + ProcessHandle.current().pid());
            assertContains(r.out(), "— stuck");
            assertContains(r.out(), "critical F-003");
            assertContains(r.out(), "Remedy: If process " + ProcessHandle.current().pid() + " on ");
            assertContains(r.out(), "stop it");
            assertEquals(recordBefore, Files.readString(home.lock()), "a held lock's record is never touched");

            Map<String, Object> doc = json(home);
            Map<?, ?> lock = (Map<?, ?>) doc.get("lock");
            assertEquals(true, lock.get("held"));
            assertEquals(true, lock.get("stuck"));
            assertEquals(ProcessHandle.current().pid(), lock.get("holder_pid"));
            assertTrue((Long) lock.get("age_s") >= 120, lock.toString());
        }
    }

    @Test
    void corruptFileIsF101NamesThePathAndIsUnchanged() {
        Home home = Home.created(tmp).write("[tokens\naccess = \"" + Home.ACCESS + "\"\n");
        byte[] before = home.credentialBytes();
        CliRun r = CliRun.run(CliRun.env(home), "auth", "doctor");
        assertEquals(1, r.exit(), r.toString());
        assertContains(r.out(), "critical F-101  The credentials file cannot be read (");
        assertContains(findingsOf(r), home.credentials().toString());
        assertContains(r.out(), "Parse state:    unreadable: ");
        assertContains(r.out(), "Remedy: Run `spec-kitty auth login --force` to sign in again; the old file is kept");
        assertArrayEquals(before, home.credentialBytes());
    }

    @Test
    void newerSchemaIsF102AndUnchanged() {
        Home home = Home.created(tmp).write("schema_version = 5\n");
        byte[] before = home.credentialBytes();
        Map<String, Object> doc = json(home);
        assertEquals(List.of("F-102"), findingIds(doc));
        Map<?, ?> credentials = (Map<?, ?>) doc.get("credentials");
        assertEquals(5L, credentials.get("schema_version"));
        assertEquals(false, credentials.get("readable"));
        assertArrayEquals(before, home.credentialBytes());
    }

    @Test
    void expiredRefreshIsF104AndExpiredAccessIsF107() {
        Home home = Home.created(tmp).session(Duration.ofHours(-3), Duration.ofHours(-1));
        assertEquals(List.of("F-104"), findingIds(json(home)));
        assertEquals(1, CliRun.run(CliRun.env(home), "auth", "doctor").exit());

        home.session(Duration.ofMinutes(-1), Duration.ofDays(2));
        assertEquals(List.of("F-107"), findingIds(json(home)));
        assertEquals(0, CliRun.run(CliRun.env(home), "auth", "doctor").exit());
    }

    @Test
    void configuredServerMismatchIsF105Warn() {
        Home home = Home.created(tmp).fresh();
        CliRun r = CliRun.run(CliRun.env(home, "SPEC_KITTY_SAAS_URL", "https://other.example"), "auth", "doctor");
        assertEquals(0, r.exit(), r.toString());
        assertContains(r.out(), "warn     F-105");
        assertContains(r.out(), "Resolved URL:   https://other.example (from SPEC_KITTY_SAAS_URL)\n");
        assertContains(r.out(), "Session URL:    https://app.spec-kitty.ai\n");
    }

    @Test
    void jsonIsExactlyOneDocumentWithTheSpecFieldsAndNoHint() {
        Home home = Home.created(tmp).fresh().staleLockRecord(7, "h", Instant.now().minusSeconds(10));
        CliRun r = CliRun.run(CliRun.env(home), "auth", "doctor", "--json");
        assertEquals(0, r.exit(), r.toString());
        assertFalse(r.out().contains("--server"), "no hint inside --json output");
        Map<String, Object> doc = StrictJson.object(r.out());
        assertEquals(List.of("schema_version", "generated_at", "credentials", "session", "lock", "server", "findings"),
                List.copyOf(doc.keySet()));
        assertEquals(1L, doc.get("schema_version"));
        Instant.parse((String) doc.get("generated_at"));
        Map<?, ?> credentials = (Map<?, ?>) doc.get("credentials");
        for (String key : List.of("path", "present", "readable", "mode", "schema_version")) {
            assertTrue(credentials.containsKey(key), key);
        }
        assertEquals("0600", credentials.get("mode"));
        assertEquals(true, credentials.get("readable"));
        Map<?, ?> session = (Map<?, ?>) doc.get("session");
        assertEquals(List.of("email", "session_id", "server_url", "auth_method", "access_expires_in_s", "refresh_expires_in_s"),
                List.copyOf(session.keySet()));
        assertEquals("ada@example.com", session.get("email"));
        assertTrue((Long) session.get("refresh_expires_in_s") > 29 * 86_400L);
        Map<?, ?> lock = (Map<?, ?>) doc.get("lock");
        for (String key : List.of("path", "held", "holder_pid", "holder_host", "age_s", "stuck")) {
            assertTrue(lock.containsKey(key), key);
        }
        assertEquals(false, lock.get("held"));
        assertEquals(7L, lock.get("holder_pid"));
        Map<?, ?> server = (Map<?, ?>) doc.get("server");
        assertEquals("https://app.spec-kitty.ai", server.get("resolved_url"));
        assertEquals("session", server.get("source"));
        assertEquals("https://app.spec-kitty.ai", server.get("session_url"));
        assertEquals(List.of("F-007", "F-106"), findingIds(doc));
        assertEquals(List.of("id", "severity", "summary", "remedy"), List.copyOf(findings(doc).get(0).keySet()));
        assertEquals("info", findings(doc).get(1).get("severity"));
    }

    @Test
    void jsonWithoutSessionHasNullSession() {
        Map<String, Object> doc = json(Home.missing(tmp));
        assertTrue(doc.containsKey("session"));
        assertNull(doc.get("session"));
        assertEquals(List.of("F-001"), findingIds(doc));
    }

    @Test
    void unstickLockWithJsonReportsOnStderrSoStdoutStaysOneDocument() {
        Home home = Home.created(tmp).fresh().staleLockRecord(7, "h", Instant.now());
        CliRun r = CliRun.run(CliRun.env(home), "auth", "doctor", "--json", "--unstick-lock");
        assertEquals("Cleared the stale lock holder record.\n", r.err());
        assertEquals(List.of(), findingIds(StrictJson.object(r.out())), "record gone: no F-106, and no F-007 from its host");
    }
}
