package ai.speckitty.auth.adapters.store;

import ai.speckitty.auth.application.port.ServerSetting;
import ai.speckitty.auth.application.port.Settings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The server setting from {@code SPEC_KITTY_SAAS_URL}, else {@code [sync] server_url} in {@code <root>/config.toml}. */
public final class EnvironmentSettings implements Settings {
    /** The environment variable that names the server and wins over config.toml. */
    public static final String SERVER_VARIABLE = "SPEC_KITTY_SAAS_URL";
    private static final int MAX_BYTES = 1 << 20;

    private final Map<String, String> env;
    private final Path config;

    public EnvironmentSettings(Map<String, String> env, Path root) {
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
        this.config = StoreLayout.config(Objects.requireNonNull(root, "root"));
    }

    /** Where {@code [sync].server_url} is read from, for messages that say where a URL came from. */
    public Path configFile() {
        return config;
    }

    @Override
    public ServerSetting configuredServer() {
        String fromEnv = env.get(SERVER_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new ServerSetting.Configured(fromEnv, ServerSetting.Source.ENVIRONMENT);
        }
        return fromConfigFile();
    }

    private ServerSetting fromConfigFile() {
        String location = config.toString();
        SmallFile.Read read = SmallFile.read(config, MAX_BYTES, SmallFile.Links.FOLLOW);
        if (read instanceof SmallFile.Absent) {
            return new ServerSetting.NotConfigured();
        }
        if (read instanceof SmallFile.Refused refused) {
            return new ServerSetting.ConfigUnreadable(location, refused.reason());
        }
        return parse(location, ((SmallFile.Content) read).bytes());
    }

    /** The setting in config.toml's bytes; never throws (also the fuzzing entry point). */
    static ServerSetting parse(String location, byte[] bytes) {
        TomlDocument.Parsed parsed = TomlDocument.parse(bytes);
        if (parsed instanceof TomlDocument.Invalid invalid) {
            return new ServerSetting.ConfigUnreadable(location, invalid.reason());
        }
        if (parsed instanceof TomlDocument.Blank) {
            return new ServerSetting.NotConfigured();
        }
        try {
            Optional<String> url = TomlFields.of(((TomlDocument.Valid) parsed).toml(), "sync").string("server_url");
            return url.filter(u -> !u.isBlank())
                    .<ServerSetting>map(u -> new ServerSetting.Configured(u, ServerSetting.Source.CONFIG_FILE))
                    .orElseGet(ServerSetting.NotConfigured::new);
        } catch (TomlFields.BadField bad) {
            return new ServerSetting.ConfigUnreadable(location, bad.getMessage());
        }
    }
}
