package ai.speckitty.auth.adapters.cli.render;

import ai.speckitty.auth.application.port.ServerSetting;
import ai.speckitty.auth.application.server.ServerProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The one wording of why the configured server cannot be used (SPEC §4.1), and how to fix it. */
public final class ServerProblemText {
    /** Room for a line beside a field label (doctor, status) within the 100 columns. */
    private static final int FIELD_WIDTH = 80;

    private ServerProblemText() {}

    /** What is wrong, as lines for a field's value (doctor's Server section, status). */
    public static List<String> lines(ServerProblem problem) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(problem) + ":");
        if (problem instanceof ServerProblem.ConfigUnreadable unreadable) {
            lines.add(unreadable.location());
        }
        lines.addAll(Wrap.lines(reason(problem), FIELD_WIDTH));
        return lines;
    }

    /** What is wrong in one line, for a JSON field. */
    public static String summary(ServerProblem problem) {
        return headline(problem) + ": " + reason(problem);
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
            return setting(url.setting()) + " is not a usable server URL";
        }
        return "config.toml cannot be read";
    }

    private static Message remedy(Message message, ServerProblem problem, Path configFile) {
        if (problem instanceof ServerProblem.ConfigUnreadable unreadable) {
            return message.path(unreadable.location()).hint(capitalised(unreadable.reason()) + ".")
                    .hint("Correct or remove that file, or set SPEC_KITTY_SAAS_URL.");
        }
        ServerProblem.UnusableUrl url = (ServerProblem.UnusableUrl) problem;
        Message shown = url.shown().isBlank() ? message : message.path(url.shown());
        shown = shown.hint(reason(problem));
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

    private static String reason(ServerProblem problem) {
        if (problem instanceof ServerProblem.ConfigUnreadable unreadable) {
            return unreadable.reason();
        }
        return switch (((ServerProblem.UnusableUrl) problem).defect()) {
            case MISSING -> "It is empty.";
            case MALFORMED -> "It is not a valid URL.";
            case NOT_HTTP_WITH_HOST -> "It must start with https:// and name a host.";
            case EXTRA_PARTS -> "It may not carry a query, fragment or user info.";
            case PLAIN_HTTP_TO_REMOTE_HOST -> "Plain http:// is allowed only to 127.0.0.1, ::1 or localhost.";
        };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
