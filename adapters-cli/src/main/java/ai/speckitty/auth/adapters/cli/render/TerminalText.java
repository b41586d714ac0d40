package ai.speckitty.auth.adapters.cli.render;

/**
 * Makes foreign text (from the server, the credentials file, the environment) harmless on a
 * terminal. Every C0 control (ESC, BEL, CR, LF and TAB included), DEL, C1 control, bidi control,
 * Unicode line or paragraph separator and lone surrogate becomes a visible ASCII escape such as
 * {@code \x1b}, {@code \x9b} or <code>&#92;u202e</code>: the user sees that something odd was there and
 * what it was, where U+FFFD would hide it, and the terminal sees only printable characters. The
 * escape is not meant to be reversible (a backslash is left as it is); JSON output is, see
 * {@link Json}.
 */
public final class TerminalText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TerminalText() {}

    /** The text with every unsafe character escaped; the same instance when nothing needs escaping. */
    public static String safe(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (unsafe(c) || Character.isSurrogate(c)) {
                escape(c, out);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * True for the characters a terminal or a bidi-aware viewer acts on instead of showing: C0,
     * DEL, C1, the bidi embeddings, overrides, isolates and marks, and U+2028/U+2029. Surrogates
     * are judged by their pairing, not here.
     */
    static boolean unsafe(char c) {
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return true;
        }
        if (c < 0x061c) {
            return false;
        }
        return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x2028 && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /** Appends {@code \xHH} for a character below U+0100, else <code>&#92;uHHHH</code>. */
    static void escape(char c, StringBuilder out) {
        if (c < 0x100) {
            out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
        } else {
            unicodeEscape(c, out);
        }
    }

    /** Appends <code>&#92;uHHHH</code> (lower-case hex), the form JSON and Java share. */
    static void unicodeEscape(char c, StringBuilder out) {
        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
    }

    /** The index of the first character that needs escaping, or -1. */
    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (unsafe(c) || Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
