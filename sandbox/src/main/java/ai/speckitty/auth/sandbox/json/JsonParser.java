package ai.speckitty.auth.sandbox.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A recursive-descent JSON parser with a nesting limit (so hostile input cannot overflow the stack). */
final class JsonParser {
    private static final int MAX_DEPTH = 64;
    private final String text;
    private int position;
    private int depth;

    JsonParser(String text) {
        this.text = text;
    }

    /** The one value the whole text holds. */
    Object document() {
        skipWhitespace();
        Object value = value();
        skipWhitespace();
        if (position != text.length()) {
            throw new Json.JsonSyntaxException("trailing characters", position);
        }
        return value;
    }

    Object value() {
        if (position >= text.length()) {
            throw new Json.JsonSyntaxException("unexpected end", position);
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
                throw new Json.JsonSyntaxException("expected a member name", position);
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
            throw new Json.JsonSyntaxException("nested too deeply", position);
        }
        position++;
    }

    private String string() {
        position++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw new Json.JsonSyntaxException("unterminated string", position);
            }
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new Json.JsonSyntaxException("control character in string", position - 1);
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
                        throw new Json.JsonSyntaxException("bad unicode escape", position);
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    } catch (NumberFormatException e) {
                        throw new Json.JsonSyntaxException("bad unicode escape", position);
                    }
                    position += 4;
                }
                default -> throw new Json.JsonSyntaxException("bad escape", position - 1);
            }
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw new Json.JsonSyntaxException("unexpected token", position);
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
            throw new Json.JsonSyntaxException("bad number", start);
        }
        return new BigDecimal(token);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new Json.JsonSyntaxException("expected '" + c + "'", position);
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
