package ai.speckitty.auth.adapters.cli.render;

import ai.speckitty.auth.application.server.ServerSource;
import ai.speckitty.auth.application.server.ServerUsed;
import java.nio.file.Path;
import java.util.List;

/**
 * The one wording of which server a failed call went to, where its URL came from (SPEC §4.1:
 * SPEC_KITTY_SAAS_URL, config.toml at its path, or the session) and, when another server is
 * configured, that retrying cannot help and {@code auth login} can.
 */
public final class ServerText {
    private ServerText() {}

    /** {@code message} with where the URL came from; config.toml's path on a line of its own. */
    public static Message origin(Message message, ServerSource source, Path configFile) {
        Message more = message;
        for (Message.Line line : originLines(source, configFile)) {
            more = line.path() ? more.path(line.text()) : more.hint(line.text());
        }
        return more;
    }

    /** The same lines as plain text, one per line, paths indented (for messages built as text). */
    public static String originText(ServerSource source, Path configFile) {
        StringBuilder text = new StringBuilder();
        for (Message.Line line : originLines(source, configFile)) {
            text.append(line.path() ? "  " + TerminalText.safe(line.text()) : line.text()).append('\n');
        }
        return text.toString();
    }

    /**
     * {@code message} with the server on a line of its own, where its URL came from, then what to
     * do: {@code retry} when trying again may work, or signing in when another server is configured.
     */
    public static Message failedAt(Message message, ServerUsed server, Path configFile, String retry) {
        Message named = origin(message.path(server.url().value()), server.source(), configFile);
        return server.elsewhere().map(other -> otherConfigured(named, other)).orElseGet(() -> named.hint(retry));
    }

    /** {@code message} saying which setting names another server than the session's, and the way out. */
    public static Message otherConfigured(Message message, ServerUsed.Configured other) {
        String setting = setting(other.source());
        return message.hint(setting + " names another server:").path(other.url().value())
                .hint("Run `spec-kitty auth login` to sign in to it, or fix " + setting + ".");
    }

    private static String setting(ServerSource source) {
        return source == ServerSource.ENVIRONMENT ? "SPEC_KITTY_SAAS_URL" : "[sync].server_url in config.toml";
    }

    private static List<Message.Line> originLines(ServerSource source, Path configFile) {
        return switch (source) {
            case ENVIRONMENT -> List.of(hint("Its URL comes from SPEC_KITTY_SAAS_URL."));
            case CONFIG_FILE -> List.of(hint("Its URL comes from [sync].server_url in"),
                    new Message.Line(true, configFile.toString()));
            case SESSION -> List.of(hint("Its URL is the one your current session signed in to."));
            case NONE -> List.of(hint("No server URL is configured."));
        };
    }

    private static Message.Line hint(String text) {
        return new Message.Line(false, text);
    }
}
