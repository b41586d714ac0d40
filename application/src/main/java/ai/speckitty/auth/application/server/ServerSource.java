package ai.speckitty.auth.application.server;

/** Where the resolved server URL came from, in the precedence order of SPEC §4.1. */
public enum ServerSource {
    ENVIRONMENT("env", "SPEC_KITTY_SAAS_URL"),
    CONFIG_FILE("config", "config.toml [sync].server_url"),
    SESSION("session", "the current session"),
    NONE("none", "nowhere (no server configured)");

    private final String key;
    private final String label;

    ServerSource(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** A short stable key for machine-readable output, e.g. {@code env}. */
    public String key() {
        return key;
    }

    /** A human description, e.g. {@code SPEC_KITTY_SAAS_URL}. */
    public String label() {
        return label;
    }
}
