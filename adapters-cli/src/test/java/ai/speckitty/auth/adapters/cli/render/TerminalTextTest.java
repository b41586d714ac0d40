package ai.speckitty.auth.adapters.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TerminalTextTest {

    static Stream<Arguments> everyClass() {
        return Stream.of(
                Arguments.of("NUL", "\u0000", "\\x00"),
                Arguments.of("BEL", "\u0007", "\\x07"),
                Arguments.of("backspace", "\b", "\\x08"),
                Arguments.of("TAB", "\t", "\\x09"),
                Arguments.of("LF", "\n", "\\x0a"),
                Arguments.of("CR", "\r", "\\x0d"),
                Arguments.of("ESC", "\u001b", "\\x1b"),
                Arguments.of("unit separator", "\u001f", "\\x1f"),
                Arguments.of("DEL", "\u007f", "\\x7f"),
                Arguments.of("C1 first", "\u0080", "\\x80"),
                Arguments.of("C1 NEL", "\u0085", "\\x85"),
                Arguments.of("C1 CSI", "\u009b", "\\x9b"),
                Arguments.of("C1 OSC", "\u009d", "\\x9d"),
                Arguments.of("C1 last", "\u009f", "\\x9f"),
                Arguments.of("LRE", "\u202a", "\\u202a"),
                Arguments.of("RLO", "\u202e", "\\u202e"),
                Arguments.of("LRI", "\u2066", "\\u2066"),
                Arguments.of("PDI", "\u2069", "\\u2069"),
                Arguments.of("LRM", "\u200e", "\\u200e"),
                Arguments.of("RLM", "\u200f", "\\u200f"),
                Arguments.of("ALM", "\u061c", "\\u061c"),
                Arguments.of("line separator", "\u2028", "\\u2028"),
                Arguments.of("paragraph separator", "\u2029", "\\u2029"),
                Arguments.of("lone high surrogate", "\ud83d", "\\ud83d"),
                Arguments.of("lone low surrogate", "\ude00", "\\ude00"),
                Arguments.of("reversed pair", "\ude00\ud83d", "\\ude00\\ud83d"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyClass")
    void escapesEachClassVisibly(String name, String raw, String escaped) {
        assertEquals("a" + escaped + "b", TerminalText.safe("a" + raw + "b"));
        assertEquals(escaped, TerminalText.safe(raw), "alone");
    }

    @Test
    void leavesPrintableTextAloneAndAllocatesNothing() {
        String text = "Ada Lovelace <ada@example.com> é ☃ 漢字 😀 \\x1b is just text  ~ [31m";
        assertSame(text, TerminalText.safe(text));
        assertSame("", TerminalText.safe(""));
    }

    @Test
    void keepsValidSurrogatePairsNextToEscapes() {
        assertEquals("😀\\x1b😀", TerminalText.safe("😀\u001b😀"));
        assertEquals("\\ud83d😀", TerminalText.safe("\ud83d😀"), "a lone high surrogate before a pair");
    }

    @Test
    void neutralisesAWholeAttack() {
        String safe = TerminalText.safe(ForeignChars.PAYLOAD);
        assertEquals("\\x1b[31mRED\\x1b]0;pwned\\x07\\x0dX\\x9b2J\\x7f\\u202eevil\\u2066\\u200f\\x09\\x00", safe);
    }

    @Test
    void noCharacterOfTheBmpSurvivesRawAndEscapesAreIdempotent() {
        for (int c = 0; c <= 0xffff; c++) {
            String one = String.valueOf((char) c);
            String safe = TerminalText.safe("x" + one + "y");
            assertEquals(-1, ForeignChars.firstRaw(safe.replace("\n", "?"), false), () -> "U+" + Integer.toHexString(one.charAt(0)));
            assertEquals(safe, TerminalText.safe(safe), "escaping is idempotent");
        }
        for (char c : ForeignChars.controls()) {
            assertTrue(TerminalText.safe(String.valueOf(c)).startsWith("\\x"), "control U+" + Integer.toHexString(c));
        }
    }
}
