package ai.speckitty.auth.adapters.store;

import org.tomlj.Toml;
import org.tomlj.TomlValue;

/**
 * A string as tomlj should write it: readable as is, unless it holds a character no one can see.
 * Plain loops over the code points, not {@code codePoints()} streams: every refresh writes the file
 * in a fresh JVM, where the interpreted stream pipelines cost several milliseconds.
 */
final class TomlStrings {
    private static final int REPLACEMENT = 0xFFFD;

    private TomlStrings() {
    }

    /**
     * The value for {@code MutableTomlTable.set}. tomlj refuses a lone surrogate (it has no UTF-8
     * form), so it becomes U+FFFD. tomlj would write format and separator characters raw (a U+202E
     * reorders what {@code cat} shows, a U+2028 breaks the line in some viewers) and a newline as a
     * multi-line string, so such a value is written as one basic string with tomlj's own escapes.
     */
    static Object value(String text) {
        String wellFormed = withLoneSurrogatesReplaced(text);
        if (!hasInvisible(wellFormed)) {
            return wellFormed;
        }
        return TomlValue.parse('"' + Toml.tomlEscape(wellFormed).toString() + '"');
    }

    private static String withLoneSurrogatesReplaced(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            out.appendCodePoint(Character.getType(cp) == Character.SURROGATE ? REPLACEMENT : cp);
        }
        return out.toString();
    }

    private static boolean hasInvisible(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (invisible(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
    }
}
