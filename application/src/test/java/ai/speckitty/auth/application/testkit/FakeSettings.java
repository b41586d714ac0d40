package ai.speckitty.auth.application.testkit;

import ai.speckitty.auth.application.port.ServerSetting;
import ai.speckitty.auth.application.port.Settings;

/** Settings whose configured server the test sets (and may change meanwhile); counts how often they are consulted. */
public final class FakeSettings implements Settings {
    private ServerSetting configured;
    private int lookups;

    public FakeSettings(ServerSetting configured) {
        this.configured = configured;
    }

    public static FakeSettings none() {
        return new FakeSettings(new ServerSetting.NotConfigured());
    }

    public static FakeSettings env(String url) {
        return new FakeSettings(new ServerSetting.Configured(url, ServerSetting.Source.ENVIRONMENT));
    }

    public static FakeSettings config(String url) {
        return new FakeSettings(new ServerSetting.Configured(url, ServerSetting.Source.CONFIG_FILE));
    }

    /** From now on the configured server is {@code setting}. */
    public synchronized void configure(ServerSetting setting) {
        this.configured = setting;
    }

    @Override
    public synchronized ServerSetting configuredServer() {
        lookups++;
        return configured;
    }

    /** Calls of {@link #configuredServer()} so far. */
    public synchronized int lookups() {
        return lookups;
    }
}
