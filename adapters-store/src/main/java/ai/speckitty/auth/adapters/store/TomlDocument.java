package ai.speckitty.auth.adapters.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;

/**
 * Parsing a TOML file's bytes without letting anything escape: any failure becomes a reason that
 * names the problem and its position but never quotes the input (which may hold a token, SPEC §6).
 */
final class TomlDocument {
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private TomlDocument() {
    }

    /** What parsing found: a document, or a reason why there is none. */
    sealed interface Parsed {
    }

    record Valid(TomlParseResult toml) implements Parsed {
        Valid {
            Objects.requireNonNull(toml, "toml");
        }
    }

    /** Nothing but white space (a config file may be empty; a credentials file may not). */
    record Blank() implements Parsed {
    }

    record Invalid(String reason) implements Parsed {
        Invalid {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static Parsed parse(byte[] bytes) {
        String text;
        try {
            text = strictUtf8(bytes);
        } catch (CharacterCodingException e) {
            return new Invalid("not UTF-8 text (" + positionOfBadByte(bytes) + ")");
        }
        if (text.startsWith(BYTE_ORDER_MARK)) {
            // Editors on Windows add one; TOML (and the Python 2.x client) reject it, so say what it is.
            return new Invalid("it starts with a byte order mark (save it as UTF-8 without one)");
        }
        if (text.isBlank()) {
            return new Blank();
        }
        TomlParseResult toml;
        try {
            toml = Toml.parse(text);
        } catch (RuntimeException | AssertionError | StackOverflowError parserFailure) {
            // tomlj has thrown on odd input before (an AssertionError under -ea); treat it as bad TOML.
            return new Invalid("not valid TOML (the parser gave up on it)");
        }
        if (toml.hasErrors()) {
            TomlParseError first = toml.errors().get(0);
            return new Invalid("not valid TOML: " + describe(first) + " at " + where(first.position()));
        }
        return new Valid(toml);
    }

    /** {@code line L, column C}, or a placeholder when the parser gave no position. */
    static String where(TomlPosition position) {
        return position == null ? "an unknown position" : "line " + position.line() + ", column " + position.column();
    }

    /** A fixed description by kind: tomlj's own message may quote the offending input. */
    private static String describe(TomlParseError error) {
        String message = String.valueOf(error.getMessage());
        if (message.contains("previously defined")) {
            return "a key or table is defined twice";
        }
        if (message.startsWith("Unexpected end of input")) {
            return "the file ends in the middle of a value or table";
        }
        if (message.startsWith("Unexpected end of line")) {
            return "a value is not terminated";
        }
        return "syntax error";
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
        return chars.toString();
    }

    private static String positionOfBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int offset = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", byte " + (offset - lineStart + 1);
    }
}
