package ai.speckitty.auth.sandbox.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        Parser parser = new Parser(text);
        parser.skipWhitespace();
        Object value = parser.value();
        parser.skipWhitespace();
        if (parser.position != text.length()) {
            throw new JsonSyntaxException("trailing characters", parser.position);
        }
        return value;
    }

    private static final class Parser {
        private static final int MAX_DEPTH = 64;
        private final String text;
        private int position;
        private int depth;

        Parser(String text) {
            this.text = text;
        }

        Object value() {
            if (position >= text.length()) {
                throw new JsonSyntaxException("unexpected end", position);
            }
            char c = text.charAt(position);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> members = new LinkedHashMap<>();
            enter();
            skipWhitespace();
            if (peek() == '}') {
                position++;
                depth--;
                return members;
            }
            while (true) {
                skipWhitespace();
                if (peek() != '"') {
                    throw new JsonSyntaxException("expected a member name", position);
                }
                String name = string();
                skipWhitespace();
                expect(':');
                skipWhitespace();
                members.put(name, value());
                skipWhitespace();
                if (peek() == ',') {
                    position++;
                } else {
                    expect('}');
                    depth--;
                    return members;
                }
            }
        }

        private List<Object> array() {
            List<Object> items = new ArrayList<>();
            enter();
            skipWhitespace();
            if (peek() == ']') {
                position++;
                depth--;
                return items;
            }
            while (true) {
                skipWhitespace();
                items.add(value());
                skipWhitespace();
                if (peek() == ',') {
                    position++;
                } else {
                    expect(']');
                    depth--;
                    return items;
                }
            }
        }

        private void enter() {
            if (++depth > MAX_DEPTH) {
                throw new JsonSyntaxException("nested too deeply", position);
            }
            position++;
        }

        private String string() {
            position++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (position >= text.length()) {
                    throw new JsonSyntaxException("unterminated string", position);
                }
                char c = text.charAt(position++);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw new JsonSyntaxException("control character in string", position - 1);
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escape = position < text.length() ? text.charAt(position++) : '?';
                switch (escape) {
                    case '"', '\\', '/' -> out.append(escape);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (position + 4 > text.length()) {
                            throw new JsonSyntaxException("bad unicode escape", position);
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                        } catch (NumberFormatException e) {
                            throw new JsonSyntaxException("bad unicode escape", position);
                        }
                        position += 4;
                    }
                    default -> throw new JsonSyntaxException("bad escape", position - 1);
                }
            }
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, position)) {
                throw new JsonSyntaxException("unexpected token", position);
            }
            position += word.length();
            return value;
        }

        private BigDecimal number() {
            int start = position;
            if (peek() == '-') {
                position++;
            }
            while (position < text.length() && "0123456789.eE+-".indexOf(text.charAt(position)) >= 0) {
                position++;
            }
            String token = text.substring(start, position);
            if (!token.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                throw new JsonSyntaxException("bad number", start);
            }
            return new BigDecimal(token);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new JsonSyntaxException("expected '" + c + "'", position);
            }
            position++;
        }

        private char peek() {
            return position < text.length() ? text.charAt(position) : '\0';
        }

        void skipWhitespace() {
            while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
                position++;
            }
        }
    }
}
