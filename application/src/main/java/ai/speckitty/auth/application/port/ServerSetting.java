package ai.speckitty.auth.application.port;

import java.util.Objects;

/** The server URL the user configured, if any, and where it came from (SPEC §4.1). */
public sealed interface ServerSetting {

    /** Set by {@code SPEC_KITTY_SAAS_URL} or by {@code [sync].server_url} in config.toml. */
    record Configured(String rawUrl, Source source) implements ServerSetting {
        public Configured {
            Objects.requireNonNull(rawUrl, "rawUrl");
            Objects.requireNonNull(source, "source");
        }
    }

    /** Neither the environment nor config.toml names a server. */
    record NotConfigured() implements ServerSetting {}

    /** config.toml exists but cannot be read; {@code reason} names the parse position. */
    record ConfigUnreadable(String location, String reason) implements ServerSetting {
        public ConfigUnreadable {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Where a configured URL came from. */
    enum Source {
        ENVIRONMENT("SPEC_KITTY_SAAS_URL"),
        CONFIG_FILE("config.toml [sync].server_url");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
