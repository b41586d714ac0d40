package ai.speckitty.auth.adapters.cli.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The characters a terminal acts on instead of showing, listed independently of the code under
 * test, and the check that output carries none of them raw.
 */
public final class ForeignChars {
    /** Bidi embeddings, overrides, isolates and marks (Unicode UAX #9). */
    static final List<Character> BIDI = List.of('\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
            '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c');
    /** Line and paragraph separators. */
    static final List<Character> SEPARATORS = List.of('\u2028', '\u2029');
    /** Our own SGR codes (Style): the only escape sequences allowed when colour is on. */
    private static final List<String> OWN_SGR = List.of("\u001b[0m", "\u001b[1m", "\u001b[2m", "\u001b[31m", "\u001b[32m", "\u001b[33m");

    /** A hostile payload: SGR recolouring, an OSC title change ended by BEL, CR, C1 CSI, DEL and bidi overrides. */
    public static final String PAYLOAD = "\u001b[31mRED\u001b]0;pwned\u0007\rX\u009b2J\u007f\u202eevil\u2066\u200f\t\u0000";

    private ForeignChars() {}

    /** Every C0 control (U+0000–U+001F), DEL and every C1 control (U+0080–U+009F). */
    static List<Character> controls() {
        List<Character> all = new ArrayList<>();
        IntStream.rangeClosed(0x00, 0x1f).forEach(c -> all.add((char) c));
        all.add('\u007f');
        IntStream.rangeClosed(0x80, 0x9f).forEach(c -> all.add((char) c));
        return all;
    }

    /**
     * The first raw control, bidi control, separator or lone surrogate in {@code text} other than
     * a line feed and, when {@code colour}, our own SGR codes; -1 when there is none.
     */
    public static int firstRaw(String text, boolean colour) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                continue;
            }
            if (c == '\u001b' && colour) {
                int at = i;
                String own = OWN_SGR.stream().filter(code -> text.startsWith(code, at)).findFirst().orElse(null);
                if (own != null) {
                    i += own.length() - 1;
                    continue;
                }
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || BIDI.contains(c) || SEPARATORS.contains(c) || Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Fails naming the first raw character and its surroundings (shown escaped). */
    public static void assertNoRaw(String what, String text, boolean colour) {
        int at = firstRaw(text, colour);
        if (at >= 0) {
            String around = text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30));
            throw new AssertionError(what + ": raw U+" + String.format("%04X", (int) text.charAt(at)) + " at " + at
                    + " in …" + TerminalText.safe(around) + "…");
        }
    }
}
