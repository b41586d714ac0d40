package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.speckitty.auth.domain.testkit.TestSessions;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: any string in any string field is written and read back equal (a lone surrogate as
 * U+FFFD), every value stays on its own line and no invisible character is written raw, whatever
 * characters it is built from.
 */
class HostileStringsRoundTripTest {
    private static final long SEED = 0x5eed_9L;
    private static final int SAMPLES = 1_000;

    /** Character classes a hostile name could be made of; one is picked per character. */
    private static final List<String> CLASSES = List.of(
            "\"\\'",                                        // quotes and backslash
            "\u0000\u0001\b\t\n\u000b\f\r\u001b\u001f\u007f", // C0 controls incl. NUL, and DEL
            "\u0080\u0085\u009f",                            // C1 controls
            "\uD800\uDBFF",                                  // lone high surrogates
            "\uDC00\uDFFF",                                  // lone low surrogates
            "\u2028\u2029",                                  // line and paragraph separators
            "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069", // bidi controls
            "\uFEFF\u200B\u00AD",                            // BOM, zero width space, soft hyphen
            "\uE000\uF8FF\u0378",                            // private use, unassigned
            "#[]=.{},'\"\"\"'''",                             // TOML syntax
            "azAZ09 _-@",                                   // plain ASCII
            "éßñü中文עברית\u00A0\u3000");                     // visible text outside ASCII

    private static final List<String> SUPPLEMENTARY = List.of("😀", "𝄞", "\uDB40\uDC01", "\uDBFF\uDFFF");

    @Test
    void randomHostileStringsRoundTripInEveryStringField() {
        Random random = new Random(SEED);
        int lines = SessionTomlWriter.write(TestSessions.withTextEverywhere("plain")).split("\n", -1).length;
        for (int sample = 0; sample < SAMPLES; sample++) {
            String hostile = hostile(random);
            String text = SessionTomlWriter.write(TestSessions.withTextEverywhere(hostile));
            String shown = escapedForMessage(hostile);
            assertEquals(TestSessions.withTextEverywhere(wellFormed(hostile)), SessionTomlFormatTest.parse(text),
                    () -> "sample " + shown);
            assertEquals(lines, text.split("\n", -1).length, () -> "a value broke a line, sample " + shown + ":\n" + text);
            assertEquals(List.of(), text.codePoints().filter(HostileStringsRoundTripTest::unseen).boxed().toList(),
                    () -> "written raw, sample " + shown);
        }
    }

    @Test
    void theGeneratorReallyProducesEveryClass() {
        Random random = new Random(SEED);
        StringBuilder all = new StringBuilder();
        for (int sample = 0; sample < SAMPLES; sample++) {
            all.append(hostile(random));
        }
        for (String characterClass : CLASSES) {
            characterClass.chars().forEach(c -> assertEquals(true, all.indexOf(String.valueOf((char) c)) >= 0,
                    () -> "never generated U+" + Integer.toHexString(c)));
        }
    }

    /** A character a reader of the file would not see: it must be written as an escape. */
    private static boolean unseen(int cp) {
        int type = Character.getType(cp);
        return cp != '\n' && (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED);
    }

    private static String hostile(Random random) {
        int length = random.nextInt(24);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (random.nextInt(10) == 0) {
                out.append(SUPPLEMENTARY.get(random.nextInt(SUPPLEMENTARY.size())));
            } else {
                String characterClass = CLASSES.get(random.nextInt(CLASSES.size()));
                out.append(characterClass.charAt(random.nextInt(characterClass.length())));
            }
        }
        return out.toString();
    }

    /** The oracle, char by char: a surrogate that is not half of a pair becomes U+FFFD. */
    private static String wellFormed(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    private static String escapedForMessage(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
