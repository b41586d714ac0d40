package ai.speckitty.auth.adapters.cli.render;

import ai.speckitty.auth.application.port.ServerSetting;
import ai.speckitty.auth.application.server.ServerProblem;
import java.nio.file.Path;

/** The one wording of why the configured server cannot be used (SPEC §4.1), and how to fix it. */
public final class ServerProblemText {

    private ServerProblemText() {}

    /** What is wrong, in one line with the facts (doctor's Problem field, status, JSON). */
    public static String summary(ServerProblem problem) {
        if (problem instanceof ServerProblem.ConfigUnreadable unreadable) {
            return headline(problem) + ": " + unreadable.reason();
        }
        return headline(problem);
    }

    /** Login cannot start: what is wrong, the offending value, and what to change. */
    public static Message cannotSignIn(ServerProblem problem, Path configFile) {
        return remedy(Message.failure("Cannot sign in: " + headline(problem) + "."), problem, configFile);
    }

    /** The server line of {@code sync status}: what is wrong and what to change. */
    public static Message syncServer(ServerProblem problem, Path configFile) {
        return remedy(Message.plain("Server: " + headline(problem) + "."), problem, configFile);
    }

    private static String headline(ServerProblem problem) {
        if (problem instanceof ServerProblem.UnusableUrl url) {
            return setting(url.setting()) + " is not a usable server URL: " + reason(url);
        }
        return "config.toml cannot be read";
    }

    private static Message remedy(Message message, ServerProblem problem, Path configFile) {
        if (problem instanceof ServerProblem.ConfigUnreadable unreadable) {
            return message.path(unreadable.location()).hint(unreadable.reason())
                    .hint("Correct or remove that file, or set SPEC_KITTY_SAAS_URL.");
        }
        ServerProblem.UnusableUrl url = (ServerProblem.UnusableUrl) problem;
        Message shown = url.shown().isBlank() ? message : message.path(url.shown());
        return url.setting() == ServerSetting.Source.ENVIRONMENT
                ? shown.hint("Set SPEC_KITTY_SAAS_URL to your server's https:// URL, or unset it.")
                : shown.hint("Write your server's https:// URL as [sync].server_url in")
                        .path(configFile.toString());
    }

    private static String setting(ServerSetting.Source source) {
        return switch (source) {
            case ENVIRONMENT -> "SPEC_KITTY_SAAS_URL";
            case CONFIG_FILE -> "[sync].server_url in config.toml";
        };
    }

    private static String reason(ServerProblem.UnusableUrl url) {
        return switch (url.defect()) {
            case MISSING -> "it is empty";
            case MALFORMED -> "it is not a valid URL";
            case NOT_HTTP_WITH_HOST -> "it needs https:// and a host";
            case EXTRA_PARTS -> "it may not carry a query, fragment or user info";
            case PLAIN_HTTP_TO_REMOTE_HOST -> "plain http:// only to 127.0.0.1, ::1 or localhost";
        };
    }
}
