package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import ai.speckitty.auth.application.port.ServerSetting;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes in place of config.toml give a setting or ConfigUnreadable, never an exception, and never quote the file. */
class ConfigFileFuzzTest {
    private static final String LOCATION = "/fuzz/config.toml";

    @FuzzTest(maxDuration = "60s")
    void configReader(byte[] file) {
        ServerSetting setting = EnvironmentSettings.parse(LOCATION, file);
        if (setting instanceof ServerSetting.ConfigUnreadable unreadable) {
            assertEquals(LOCATION, unreadable.location());
            assertNull(ReasonWords.quotedInput(unreadable.reason(), LOCATION), () -> "reason quotes the input: " + unreadable.reason());
        } else if (setting instanceof ServerSetting.Configured configured) {
            assertEquals(ServerSetting.Source.CONFIG_FILE, configured.source());
            assertFalse(configured.rawUrl().isBlank());
        }
    }
}
