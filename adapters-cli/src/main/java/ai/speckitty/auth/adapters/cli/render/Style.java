package ai.speckitty.auth.adapters.cli.render;

/**
 * ANSI emphasis for human output, one meaning each: green success, red failure, yellow warning,
 * dim hint, bold heading. Switched off entirely when stdout is not a terminal, NO_COLOR is set or
 * TERM is dumb. The reset always closes the emphasised text, before any line break. The emphasised text passes through {@link TerminalText#safe}, so the only escape sequences
 * in the result are this class's own.
 */
public final class Style {
    private static final String RESET = "\u001b[0m";

    private final boolean ansi;

    public Style(boolean ansi) {
        this.ansi = ansi;
    }

    /**
     * Colour only on a terminal, and never with {@code NO_COLOR} set (any value) or {@code TERM=dumb}.
     */
    public static Style of(boolean terminal, java.util.Map<String, String> env) {
        return new Style(terminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM")));
    }

    public static Style plain() {
        return new Style(false);
    }

    public boolean ansi() {
        return ansi;
    }

    public String bold(String s) {
        return wrap("\u001b[1m", s);
    }

    public String good(String s) {
        return wrap("\u001b[32m", s);
    }

    public String warn(String s) {
        return wrap("\u001b[33m", s);
    }

    public String bad(String s) {
        return wrap("\u001b[31m", s);
    }

    public String dim(String s) {
        return wrap("\u001b[2m", s);
    }

    private String wrap(String code, String s) {
        String safe = TerminalText.safe(s);
        return ansi ? code + safe + RESET : safe;
    }
}
