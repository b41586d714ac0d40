package ai.speckitty.auth.adapters.store;

/** TOML basic strings: quotes, backslashes and invisible characters escaped, everything else as is. */
final class TomlStrings {
    private static final char REPLACEMENT = '\uFFFD';

    private TomlStrings() {
    }

    /**
     * The value as a quoted TOML basic string. Control, format and separator characters are written
     * as {@code \\uXXXX} escapes so the file stays readable; a lone surrogate (not representable in
     * TOML or UTF-8) becomes U+FFFD.
     */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> appendOther(out, cp);
            }
        }
        return out.append('"').toString();
    }

    private static void appendOther(StringBuilder out, int cp) {
        if (Character.getType(cp) == Character.SURROGATE) {
            out.append(REPLACEMENT);
        } else if (invisible(cp)) {
            out.append(cp > 0xFFFF ? String.format("\\U%08X", cp) : String.format("\\u%04X", cp));
        } else {
            out.appendCodePoint(cp);
        }
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
