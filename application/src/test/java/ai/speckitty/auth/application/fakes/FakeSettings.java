package ai.speckitty.auth.application.fakes;

import ai.speckitty.auth.application.port.ServerSetting;
import ai.speckitty.auth.application.port.Settings;

/** Settings whose configured server is fixed by the test. */
public record FakeSettings(ServerSetting configuredServer) implements Settings {

    public static FakeSettings none() {
        return new FakeSettings(new ServerSetting.NotConfigured());
    }

    public static FakeSettings env(String url) {
        return new FakeSettings(new ServerSetting.Configured(url, ServerSetting.Source.ENVIRONMENT));
    }

    public static FakeSettings config(String url) {
        return new FakeSettings(new ServerSetting.Configured(url, ServerSetting.Source.CONFIG_FILE));
    }
}
