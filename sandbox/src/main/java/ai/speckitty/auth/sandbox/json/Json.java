package ai.speckitty.auth.sandbox.json;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Just enough JSON for the sandbox's small bodies: {@link #write} turns maps, lists, strings,
 * numbers, booleans and null into text; {@link #parse} does the reverse (objects become
 * {@link LinkedHashMap}, numbers {@link BigDecimal}).
 */
public final class Json {

    /** Thrown by {@link #parse} for text that is not one JSON value. */
    public static final class JsonSyntaxException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JsonSyntaxException(String reason, int position) {
            super(reason + " at offset " + position, null, false, false);
        }
    }

    private Json() {
    }

    /** A fluent object builder that keeps insertion order and skips null values. */
    public static ObjectBuilder object() {
        return new ObjectBuilder();
    }

    /** Builds a JSON object; {@link #put} with a null value leaves the member out. */
    public static final class ObjectBuilder {
        private final Map<String, Object> members = new LinkedHashMap<>();

        public ObjectBuilder put(String name, Object value) {
            if (value != null) {
                members.put(name, value);
            }
            return this;
        }

        public Map<String, Object> toMap() {
            return members;
        }

        @Override
        public String toString() {
            return write(members);
        }
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            writeString(text, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof BigDecimal || value instanceof java.math.BigInteger) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> member : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString(String.valueOf(member.getKey()), out);
                out.append(':');
                write(member.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Iterable<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        } else if (value instanceof ObjectBuilder builder) {
            write(builder.toMap(), out);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Parses one JSON value (surrounded by optional whitespace). */
    public static Object parse(String text) {
        return new JsonParser(text).document();
    }
}
