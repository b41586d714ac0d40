package ai.speckitty.auth.adapters.cli.render;

/**
 * ANSI emphasis for human output, switched off entirely when stdout is not a terminal or NO_COLOR is
 * set. The emphasised text passes through {@link TerminalText#safe}, so the only escape sequences
 * in the result are this class's own.
 */
public final class Style {
    private static final String RESET = "\u001b[0m";

    private final boolean ansi;

    public Style(boolean ansi) {
        this.ansi = ansi;
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
