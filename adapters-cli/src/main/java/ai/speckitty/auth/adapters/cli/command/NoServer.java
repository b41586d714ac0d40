package ai.speckitty.auth.adapters.cli.command;

import ai.speckitty.auth.adapters.cli.render.TerminalText;
import ai.speckitty.auth.adapters.cli.render.TokenText;
import java.nio.file.Path;

/** The one text for "no server is configured": how to set one, in the real config.toml (SPEC §4.1). */
public final class NoServer {
    private NoServer() {}

    /** The summary and how to fix it; the path has a line of its own (it may be long). */
    public static String message(Path configFile) {
        return TokenText.NO_SERVER_HEADLINE + " " + howToConfigure(configFile);
    }

    /** Where and what to write, for a message that already said no server is configured. */
    public static String howToConfigure(Path configFile) {
        return "Set SPEC_KITTY_SAAS_URL, or write in the file\n"
                + "  " + TerminalText.safe(configFile.toString()) + "\n"
                + "these two lines (with your server's URL):\n"
                + "  [sync]\n"
                + "  server_url = \"https://...\"";
    }
}
