package ai.speckitty.auth.adapters.store;

import ai.speckitty.auth.application.port.LockHolder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one-line JSON holder record in the lock file, {@code {"pid":..,"host":"..","started_at":"..","version":".."}},
 * written and read by hand (a flat object of strings and integers needs no JSON library).
 */
final class HolderRecord {

    private HolderRecord() {
    }

    static String format(LockHolder holder) {
        return "{\"pid\":" + holder.pid()
                + ",\"host\":" + quote(holder.host())
                + ",\"started_at\":" + quote(holder.startedAt().map(Timestamps::format).orElse(""))
                + ",\"version\":" + quote(holder.version())
                + "}\n";
    }

    /** The holder in a record; empty for an empty, partly written or foreign record. */
    static Optional<LockHolder> parse(String text) {
        Map<String, Object> fields = new FlatJsonObject(text).parse();
        if (fields == null || !(fields.get("pid") instanceof Long pid) || !(fields.get("host") instanceof String host)) {
            return Optional.empty();
        }
        Optional<java.time.Instant> startedAt = fields.get("started_at") instanceof String at
                ? Timestamps.parse(at)
                : Optional.empty();
        String version = fields.get("version") instanceof String v ? v : "";
        return Optional.of(new LockHolder(pid, host, startedAt, version));
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A parser for one flat JSON object whose values are strings, integers, booleans or null. */
    private static final class FlatJsonObject {
        private final String text;
        private int pos;

        FlatJsonObject(String text) {
            this.text = text;
        }

        /** The fields, or null when the text is not such an object. */
        Map<String, Object> parse() {
            try {
                Map<String, Object> fields = new HashMap<>();
                expect('{');
                if (peek() == '}') {
                    pos++;
                } else {
                    do {
                        String key = string();
                        expect(':');
                        fields.put(key, value());
                    } while (consume(','));
                    expect('}');
                }
                skipSpace();
                return pos == text.length() ? fields : null;
            } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
                return null;
            }
        }

        private Object value() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (c == '-' || Character.isDigit(c)) {
                int start = pos;
                pos++;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                return Long.parseLong(text.substring(start, pos));
            }
            for (String literal : new String[] {"true", "false", "null"}) {
                if (text.startsWith(literal, pos)) {
                    pos += literal.length();
                    return literal.equals("null") ? null : Boolean.valueOf(literal);
                }
            }
            throw new IllegalArgumentException("unexpected value");
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(pos++);
                switch (escaped) {
                    case '"', '\\', '/' -> out.append(escaped);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> throw new IllegalArgumentException("bad escape");
                }
            }
        }

        private char peek() {
            skipSpace();
            return text.charAt(pos);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("expected " + c);
            }
            pos++;
        }

        private boolean consume(char c) {
            if (peek() == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
    }
}
