package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What scripts read (issue 8, item 9): JSON documents, decoded by Jackson, and the no-server text. */
class ScriptOutputTest {
    /** Strict: one document, nothing after it. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @TempDir
    Path tmp;

    private static JsonNode decode(String stdout) throws IOException {
        return JSON.readTree(stdout);
    }

    private static List<String> fields(JsonNode node) {
        return iterable(node.fieldNames());
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    @Test
    void syncStatusJsonWithoutCheckIsTheSettingAsJson() throws IOException {
        Home home = Home.missing(tmp);
        CliRun r = CliRun.run(CliRun.env(home, "SPEC_KITTY_SAAS_URL", "https://sync.example.com",
                "SPEC_KITTY_ENABLE_SAAS_SYNC", "yes"), "sync", "status", "--json");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err());
        JsonNode doc = decode(r.out());
        assertEquals(List.of("enabled", "server_url", "server_source", "checked"), fields(doc));
        assertTrue(doc.get("enabled").asBoolean());
        assertEquals("https://sync.example.com", doc.get("server_url").asText());
        assertEquals("env", doc.get("server_source").asText());
        assertFalse(doc.get("checked").asBoolean());
    }

    @Test
    void syncStatusJsonWithNothingConfiguredHasNulls() throws IOException {
        CliRun r = CliRun.run(CliRun.env(Home.missing(tmp)), "sync", "status", "--json");
        assertEquals(0, r.exit(), r.toString());
        JsonNode doc = decode(r.out());
        assertFalse(doc.get("enabled").asBoolean());
        assertTrue(doc.get("server_url").isNull());
        assertEquals("none", doc.get("server_source").asText());
    }

    @Test
    void noCheckHintWhenSyncIsDisabled() {
        CliRun disabled = CliRun.run(CliRun.env(Home.missing(tmp), "SPEC_KITTY_SAAS_URL", "https://sync.example.com"),
                "sync", "status");
        assertEquals(0, disabled.exit());
        assertEquals("Hosted sync: disabled. Set SPEC_KITTY_ENABLE_SAAS_SYNC=1 to opt in.\n"
                + "Server: https://sync.example.com (from SPEC_KITTY_SAAS_URL)\n", disabled.out());
        CliRun enabled = CliRun.run(CliRun.env(Home.missing(tmp), "SPEC_KITTY_SAAS_URL", "https://sync.example.com",
                "SPEC_KITTY_ENABLE_SAAS_SYNC", "1"), "sync", "status");
        assertTrue(enabled.out().endsWith("Run `spec-kitty sync status --check` to test the connection.\n"), enabled.out());
    }

    @Test
    void noServerConfiguredNamesTheRealConfigFileAndTheLinesToWrite() {
        Home home = Home.missing(tmp);
        String howTo = "Set SPEC_KITTY_SAAS_URL, or write in the file\n"
                + "  " + home.root().resolve("config.toml") + "\n"
                + "these two lines (with your server's URL):\n"
                + "  [sync]\n"
                + "  server_url = \"https://...\"\n";
        CliRun sync = CliRun.run(CliRun.env(home), "sync", "status");
        assertEquals("Hosted sync: disabled. Set SPEC_KITTY_ENABLE_SAAS_SYNC=1 to opt in.\n"
                + "Server: none configured. " + howTo, sync.out());
        CliRun login = CliRun.run(CliRun.env(home), "auth", "login", "--headless");
        assertEquals(1, login.exit(), login.toString());
        assertTrue(login.err().startsWith("No spec-kitty server is configured. "), login.err());
        assertTrue(login.err().endsWith(howTo), login.err());
        assertFalse(Files.exists(home.root()), "nothing was created");
    }

    @Test
    void theSuggestedLinesAreAConfigThatWorks() throws IOException {
        Home home = Home.created(tmp);
        Files.writeString(home.root().resolve("config.toml"), "[sync]\nserver_url = \"https://sync.example.com\"\n");
        CliRun r = CliRun.run(CliRun.env(home), "sync", "status", "--json");
        assertEquals("https://sync.example.com", decode(r.out()).get("server_url").asText());
        assertEquals("config", decode(r.out()).get("server_source").asText());
    }

    @Test
    void aConfigFileThatCannotBeUsedIsNamedNotCalledMissing() {
        Home home = Home.created(tmp);
        CliRun r = CliRun.run(CliRun.env(home, "SPEC_KITTY_SAAS_URL", "ftp://nope"), "sync", "status");
        assertEquals(0, r.exit());
        assertFalse(r.out().contains("none configured"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("Server: ") && l.contains("SPEC_KITTY_SAAS_URL")), r.out());
    }

    @Test
    void authStatusJsonCarriesSchemaVersionInEveryState() throws IOException {
        Home none = Home.missing(tmp.resolve("none"));
        JsonNode notAuthenticated = decode(CliRun.run(CliRun.env(none), "auth", "status", "--json").out());
        assertEquals(List.of("schema_version", "authenticated", "state", "hint"), fields(notAuthenticated));
        assertEquals(1, notAuthenticated.get("schema_version").asInt());

        Home fresh = Home.created(tmp.resolve("fresh")).fresh();
        JsonNode authenticated = decode(CliRun.run(CliRun.env(fresh), "auth", "status", "--json").out());
        assertEquals(1, authenticated.get("schema_version").asInt());
        assertEquals("authenticated", authenticated.get("state").asText());
        assertTrue(authenticated.get("user").get("email").isTextual());

        Home newer = Home.created(tmp.resolve("newer")).write("schema_version = 7\n");
        CliRun r = CliRun.run(CliRun.env(newer), "auth", "status", "--json");
        JsonNode fromNewer = decode(r.out());
        assertEquals(1, fromNewer.get("schema_version").asInt(), "the document's version, not the file's");
        assertEquals(7, fromNewer.get("credentials_schema_version").asInt());
        assertEquals("newer_version", fromNewer.get("state").asText());
    }
}
