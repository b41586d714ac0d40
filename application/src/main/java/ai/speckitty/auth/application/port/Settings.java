package ai.speckitty.auth.application.port;

/** The user's settings: environment first, then config.toml (SPEC §4.1). */
public interface Settings {

    /** The configured server URL: {@code SPEC_KITTY_SAAS_URL} wins over config.toml. */
    ServerSetting configuredServer();
}
