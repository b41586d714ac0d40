package ai.speckitty.auth.adapters.cli.render;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A small JSON writer for the CLI's {@code --json} output, so offline commands never load an HTTP
 * or JSON library. Values: {@code null}, String, Boolean, Integer/Long, Optional, OptionalLong,
 * Map with String keys (written in iteration order) and List.
 */
public final class Json {
    private static final String INDENT = "  ";

    private Json() {}

    /** The value as an indented JSON document (without a trailing newline). */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        if (value instanceof Optional<?> optional) {
            write(optional.orElse(null), out, depth);
        } else if (value instanceof OptionalLong optionalLong) {
            write(optionalLong.isPresent() ? (Object) optionalLong.getAsLong() : null, out, depth);
        } else if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(map, out, depth);
        } else if (value instanceof List<?> list) {
            array(list, out, depth);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys are strings");
            }
            newline(out, depth + 1);
            string(key, out);
            out.append(": ");
            write(entry.getValue(), out, depth + 1);
            if (entries.hasNext()) {
                out.append(',');
            }
        }
        newline(out, depth);
        out.append('}');
    }

    private static void array(List<?> list, StringBuilder out, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            newline(out, depth + 1);
            write(list.get(i), out, depth + 1);
            if (i < list.size() - 1) {
                out.append(',');
            }
        }
        newline(out, depth);
        out.append(']');
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n');
        out.append(INDENT.repeat(depth));
    }

    /**
     * Writes a JSON string literal (RFC 8259 §7), escaping what must be and what a terminal or
     * viewer showing the document would act on: every C0 control, DEL, C1 controls, bidi controls,
     * U+2028/U+2029 and lone surrogates (see {@link TerminalText#unsafe}). The document stays
     * valid JSON that decodes back to the original string.
     */
    static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean loneSurrogate = Character.isSurrogate(c) && !pairedSurrogate(s, i);
                    if (TerminalText.unsafe(c) || loneSurrogate) {
                        TerminalText.unicodeEscape(c, out);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** True when the surrogate at {@code i} is one half of a valid pair. */
    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** An insertion-ordered map builder for JSON objects. */
    public static Obj object() {
        return new Obj();
    }

    /** A JSON object under construction; keys keep the order they were put in. */
    public static final class Obj {
        private final Map<String, Object> fields = new java.util.LinkedHashMap<>();

        private Obj() {}

        public Obj put(String key, Object value) {
            fields.put(key, value instanceof Obj nested ? nested.fields : value);
            return this;
        }

        public Map<String, Object> toMap() {
            return fields;
        }

        @Override
        public String toString() {
            return Json.write(fields);
        }
    }

    /** Converts nested builders in a list to plain maps. */
    public static List<Object> list(List<Obj> objects) {
        return objects.stream().<Object>map(Obj::toMap).toList();
    }
}
