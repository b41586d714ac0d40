package ai.speckitty.auth.application.server;

import ai.speckitty.auth.application.port.ServerSetting;
import ai.speckitty.auth.domain.session.ServerUrl;
import java.util.Objects;

/** Why the configured server cannot be used (SPEC §4.1): the facts, for each front end to word. */
public sealed interface ServerProblem {

    /**
     * A configured URL is not a usable server URL.
     *
     * @param setting where it was set
     * @param defect  what is wrong with it
     * @param shown   the URL as a message may show it (query and fragment
     *                masked); empty when it may hold a password
     */
    record UnusableUrl(ServerSetting.Source setting, ServerUrl.Defect defect, String shown) implements ServerProblem {
        public UnusableUrl {
            Objects.requireNonNull(setting, "setting");
            Objects.requireNonNull(defect, "defect");
            Objects.requireNonNull(shown, "shown");
        }
    }

    /**
     * config.toml exists but cannot be read.
     *
     * @param location its path
     * @param reason   the parser's or file system's own account (a position, an OS reason)
     */
    record ConfigUnreadable(String location, String reason) implements ServerProblem {
        public ConfigUnreadable {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
