package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusTest {
    @TempDir
    Path tmp;

    private static void assertContains(String haystack, String needle) {
        assertTrue(haystack.contains(needle), () -> "expected <" + needle + "> in:\n" + haystack);
    }

    @Test
    void notAuthenticatedWithoutHomeDirectoryAndCreatesNothing() {
        Home home = Home.missing(tmp);
        CliRun r = CliRun.run(CliRun.env(home), "auth", "status");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("Not authenticated\nRun `spec-kitty auth login` to sign in.\n", r.out());
        assertEquals("", r.err());
        assertFalse(Files.exists(home.root()), "status must not create the home directory");
    }

    @Test
    void freshSessionShowsIdentityTeamsTokensSessionServer() {
        Home home = Home.created(tmp).fresh();
        CliRun r = CliRun.run(CliRun.env(home), "auth", "status");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err());
        String out = r.out();
        assertTrue(out.startsWith("Authenticated as ada@example.com (Ada Lovelace)\n"), out);
        assertContains(out, "User ID:        u_123\n");
        assertContains(out, "Teams:          Ada's space (owner) [private, default]\n");
        assertContains(out, "                Engines (member)\n");
        assertContains(out, "Access token:   expires in 29m");
        assertContains(out, "Refresh token:  expires in 29d");
        assertContains(out, "Session ID:     sess_01JX\n");
        assertContains(out, "Server:         https://app.spec-kitty.ai\n");
        assertContains(out, "Auth method:    device_code\n");
        assertContains(out, "Last used:      ");
        assertTrue(out.matches("(?s).*Last used:      \\S+Z \\(5m( \\d+s)? ago\\)\n.*"), out);
        assertFalse(out.contains("Configured:"), out);
        assertFalse(out.toLowerCase().contains("generation"), out);
        assertFalse(out.contains("\u001b["), "no ANSI escapes when not on a terminal");
    }

    @Test
    void serverManagedRefreshExpiry() {
        Home home = Home.created(tmp).session(Duration.ofMinutes(10), null);
        assertContains(CliRun.run(CliRun.env(home), "auth", "status").out(), "Refresh token:  server-managed\n");
    }

    @Test
    void expiredAccessTokenIsRefreshedOnNextUse() {
        Home home = Home.created(tmp).session(Duration.ofMinutes(-3), Duration.ofDays(1));
        CliRun r = CliRun.run(CliRun.env(home), "auth", "status");
        assertEquals(0, r.exit());
        assertTrue(r.out().matches("(?s).*Access token:   expired 3m( \\d+s)? ago \\(refreshed on next use\\)\n.*"), r.out());
    }

    @Test
    void expiredRefreshTokenIsSessionExpiredWithHint() {
        Home home = Home.created(tmp).session(Duration.ofHours(-2), Duration.ofMinutes(-1));
        CliRun r = CliRun.run(CliRun.env(home), "auth", "status");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("Session expired (refresh token expired)\nRun `spec-kitty auth login` to re-authenticate.\n", r.out());
    }

    @Test
    void legacyFileShowsUnknownFields() {
        Home home = Home.created(tmp).legacy();
        CliRun r = CliRun.run(CliRun.env(home), "auth", "status");
        assertEquals(0, r.exit(), r.toString());
        assertContains(r.out(), "Authenticated as old@example.com\n");
        assertContains(r.out(), "Teams:          old-team (role unknown) [default]\n");
        assertContains(r.out(), "Session ID:     unknown\n");
        assertContains(r.out(), "Auth method:    unknown\n");
        assertContains(r.out(), "Refresh token:  server-managed\n");
    }

    @Test
    void configuredServerDifferingFromTheSessionIsShownToo() {
        Home home = Home.created(tmp).fresh();
        CliRun r = CliRun.run(CliRun.env(home, "SPEC_KITTY_SAAS_URL", "https://other.example"), "auth", "status");
        assertContains(r.out(), "Server:         https://app.spec-kitty.ai\n");
        assertContains(r.out(), "Configured:     https://other.example (from SPEC_KITTY_SAAS_URL), not the session's server");
        assertContains(r.out(), "Run `spec-kitty auth login` to sign in there.");

        home.config("[sync]\nserver_url = \"https://cfg.example\"\n");
        assertContains(CliRun.run(CliRun.env(home), "auth", "status").out(),
                "Configured:     https://cfg.example (from config.toml [sync].server_url), not the session's server");

        CliRun same = CliRun.run(CliRun.env(home, "SPEC_KITTY_SAAS_URL", "https://app.spec-kitty.ai/"), "auth", "status");
        assertFalse(same.out().contains("Configured:"), "a trailing slash is no difference:\n" + same.out());
    }

    @Test
    void jsonForAFreshSession() {
        Home home = Home.created(tmp).fresh();
        CliRun r = CliRun.run(CliRun.env(home), "auth", "status", "--json");
        assertEquals(0, r.exit(), r.toString());
        Map<String, Object> json = StrictJson.object(r.out());
        assertEquals(true, json.get("authenticated"));
        assertEquals("authenticated", json.get("state"));
        assertEquals(Map.of("email", "ada@example.com", "name", "Ada Lovelace", "id", "u_123"), json.get("user"));
        List<?> teams = (List<?>) json.get("teams");
        assertEquals(Map.of("id", "t_1", "name", "Ada's space", "role", "owner", "private", true, "default", true), teams.get(0));
        Map<?, ?> access = (Map<?, ?>) json.get("access");
        long accessLeft = (Long) access.get("expires_in_s");
        assertTrue(accessLeft > 1700 && accessLeft <= 1800, "expires_in_s " + accessLeft);
        assertEquals(false, access.get("expired"));
        Map<?, ?> refresh = (Map<?, ?>) json.get("refresh");
        assertEquals(false, refresh.get("server_managed"));
        assertEquals(true, refresh.get("present"));
        assertEquals("sess_01JX", json.get("session_id"));
        assertEquals("device_code", json.get("auth_method"));
        Map<?, ?> server = (Map<?, ?>) json.get("server");
        assertEquals("https://app.spec-kitty.ai", server.get("url"));
        assertEquals(false, server.get("mismatch"));
        assertFalse(r.out().contains("generation"), r.out());
    }

    @Test
    void jsonWhenNotAuthenticatedAndWhenExpired() {
        Home home = Home.missing(tmp);
        Map<String, Object> none = StrictJson.object(CliRun.run(CliRun.env(home), "auth", "status", "--json").out());
        assertEquals(false, none.get("authenticated"));
        assertEquals("not_authenticated", none.get("state"));

        home.session(Duration.ofHours(-2), Duration.ofSeconds(-5));
        CliRun r = CliRun.run(CliRun.env(home), "auth", "status", "--json");
        assertEquals(0, r.exit());
        Map<String, Object> expired = StrictJson.object(r.out());
        assertEquals(false, expired.get("authenticated"));
        assertEquals("expired", expired.get("state"));
        assertEquals(true, ((Map<?, ?>) expired.get("refresh")).get("expired"));
    }

    @Test
    void corruptFileIsNamedExitsZeroAndIsLeftUnchanged() {
        Home home = Home.created(tmp).write("[tokens]\naccess = \"" + Home.ACCESS + "\nrefresh = 3 = 4\n");
        byte[] before = home.credentialBytes();
        CliRun r = CliRun.run(CliRun.env(home), "auth", "status");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.out());
        assertContains(r.err(), "The credentials file cannot be read (");
        assertContains(r.err(), "\n  " + home.credentials() + "\n");
        assertContains(r.err(), "It was left unchanged.");
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertArrayEquals(before, home.credentialBytes());

        CliRun json = CliRun.run(CliRun.env(home), "auth", "status", "--json");
        assertEquals(0, json.exit());
        Map<String, Object> doc = StrictJson.object(json.out());
        assertEquals("unreadable", doc.get("state"));
        assertEquals(home.credentials().toString(), doc.get("path"));
    }

    @Test
    void newerSchemaIsRefusedAndLeftUnchanged() {
        Home home = Home.created(tmp).write("schema_version = 99\n[tokens]\naccess = \"x\"\n");
        byte[] before = home.credentialBytes();
        CliRun r = CliRun.run(CliRun.env(home), "auth", "status");
        assertEquals(0, r.exit(), r.toString());
        assertContains(r.err(), "written by a newer version of spec-kitty");
        assertContains(r.err(), home.credentials().toString());
        assertArrayEquals(before, home.credentialBytes());
    }

    @Test
    void unsafePermissionsWarnOnStderrAndStatusGoesOn() {
        Home home = Home.created(tmp).fresh();
        home.mode(home.credentials(), "rw-r--r--");
        CliRun r = CliRun.run(CliRun.env(home), "auth", "status");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("Authenticated as"), r.out());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("Warning: ")).count(), "one warning:\n" + r.err());
        assertTrue(r.err().startsWith("Warning: "), r.err());
        assertContains(r.err(), "\n  " + home.credentials() + "\n");
        assertContains(r.err(), "`chmod 600 " + home.credentials() + "`");

        home.mode(home.credentials(), "rw-------").mode(home.root(), "rwxr-xr-x");
        CliRun root = CliRun.run(CliRun.env(home), "auth", "status");
        assertEquals(1, root.err().lines().filter(l -> l.startsWith("Warning: ")).count(), "one warning:\n" + root.err());
        assertTrue(root.err().startsWith("Warning: "), root.err());
        assertFalse(root.err().contains("chmod 600"), "only the directory is too open: " + root.err());
        assertContains(root.err(), "`chmod 700 " + home.root() + "`");
    }

    @Test
    void safePermissionsGiveNoWarningAndNothingIsCreated() throws java.io.IOException {
        Home home = Home.created(tmp).fresh();
        assertEquals("", CliRun.run(CliRun.env(home), "auth", "status").err());
        assertEquals("", CliRun.run(CliRun.env(home), "auth", "whoami").err());
        try (var files = Files.list(home.root())) {
            assertEquals(List.of(home.credentials()), files.toList(), "no lock file, no temp file");
        }
    }
}
