package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.ServerSetting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The root directory and the configured server (SPEC §3, §4.1). */
class SettingsAndRootTest {

    @TempDir
    Path root;

    @Test
    void theRootIsSpecKittyHomeWhenSetElseTheDotDirectoryInTheUserHome() {
        assertEquals(Path.of("/srv/kitty"), StoreRoot.resolve(Map.of("SPEC_KITTY_HOME", "/srv/kitty"), "/home/ada"));
        assertEquals(Path.of("relative/as-is"), StoreRoot.resolve(Map.of("SPEC_KITTY_HOME", "relative/as-is"), "/home/ada"));
        assertEquals(Path.of("/home/ada/.spec-kitty"), StoreRoot.resolve(Map.of("SPEC_KITTY_HOME", ""), "/home/ada"));
        assertEquals(Path.of("/home/ada/.spec-kitty"), StoreRoot.resolve(Map.of(), "/home/ada"));
    }

    @Test
    void theEnvironmentWinsOverConfigToml() throws IOException {
        config("[sync]\nserver_url = \"https://from-file.example\"\n");
        assertEquals(new ServerSetting.Configured("https://from-env.example", ServerSetting.Source.ENVIRONMENT),
                settings(Map.of("SPEC_KITTY_SAAS_URL", "https://from-env.example")));
    }

    @Test
    void configTomlIsUsedWhenTheEnvironmentIsEmptyOrUnset() throws IOException {
        config("# mine\n[sync]\nserver_url = \"https://from-file.example\"\n[other]\nx = 1\n");
        ServerSetting expected = new ServerSetting.Configured("https://from-file.example", ServerSetting.Source.CONFIG_FILE);
        assertEquals(expected, settings(Map.of()));
        assertEquals(expected, settings(Map.of("SPEC_KITTY_SAAS_URL", "")));
    }

    @Test
    void nothingConfiguredWithoutFileSectionOrKey() throws IOException {
        assertEquals(new ServerSetting.NotConfigured(), settings(Map.of()));
        config("");
        assertEquals(new ServerSetting.NotConfigured(), settings(Map.of()));
        config("[sync]\nenabled = true\n");
        assertEquals(new ServerSetting.NotConfigured(), settings(Map.of()));
        config("[sync]\nserver_url = \"\"\n");
        assertEquals(new ServerSetting.NotConfigured(), settings(Map.of()));
    }

    @Test
    void anUnparsableConfigIsReportedWithItsPathAndPosition() throws IOException {
        config("[sync]\nserver_url = \"https://unterminated\n");
        ServerSetting setting = settings(Map.of());
        assertEquals(new ServerSetting.ConfigUnreadable(root.resolve("config.toml").toString(),
                "not valid TOML: a value is not terminated at line 2, column 35"), setting);
    }

    @Test
    void aWrongTypedServerUrlIsReportedWithItsPosition() throws IOException {
        config("[sync]\nserver_url = 443\n");
        ServerSetting.ConfigUnreadable unreadable = (ServerSetting.ConfigUnreadable) settings(Map.of());
        assertEquals("[sync] server_url is not a string (line 2, column 1)", unreadable.reason());
    }

    @Test
    void readingSettingsCreatesNothing() {
        Path missing = root.resolve("missing");
        assertEquals(new ServerSetting.NotConfigured(), new EnvironmentSettings(Map.of(), missing).configuredServer());
        assertFalse(Files.exists(missing));
        assertTrue(Files.isDirectory(root));
    }

    private ServerSetting settings(Map<String, String> env) {
        return new EnvironmentSettings(env, root).configuredServer();
    }

    private void config(String text) throws IOException {
        Files.writeString(root.resolve("config.toml"), text);
    }
}
