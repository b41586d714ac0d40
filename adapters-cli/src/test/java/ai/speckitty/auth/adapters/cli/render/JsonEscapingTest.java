package ai.speckitty.auth.adapters.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The --json writer escapes every character a terminal acts on, and the document still decodes to the original (with Jackson). */
class JsonEscapingTest {
    static {
        // The CLI module does not read Jackson (offline commands never load it); this test does.
        ModuleLayer.boot().findModule("com.fasterxml.jackson.databind")
                .ifPresent(jackson -> JsonEscapingTest.class.getModule().addReads(jackson));
    }

    private static final ObjectMapper JACKSON = new ObjectMapper();

    private static List<Character> everyEscapedChar() {
        List<Character> all = new ArrayList<>(ForeignChars.controls());
        all.addAll(ForeignChars.BIDI);
        all.addAll(ForeignChars.SEPARATORS);
        return all;
    }

    @Test
    void everyControlBidiAndSeparatorIsEscapedAndRoundTrips() throws Exception {
        for (char c : everyEscapedChar()) {
            String value = "a" + c + "b";
            String written = Json.write(Map.of("name", value));
            ForeignChars.assertNoRaw("U+" + Integer.toHexString(c), written.replace("\n", ""), false);
            assertTrue(written.contains("\\u") || written.matches("(?s).*\\\\[bfnrt].*"), written);
            assertEquals(value, JACKSON.readValue(written, Map.class).get("name"), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void c1AndBidiUseUnicodeEscapes() {
        assertEquals("\"\\u009b2J\\u202e\\u2066\\u061c\\u0085\"", Json.write("\u009b2J\u202e\u2066\u061c\u0085"));
        assertEquals("\"\\u001b]0;t\\u0007\"", Json.write("\u001b]0;t\u0007"));
    }

    @Test
    void loneSurrogatesAreEscapedAndDecodeBack() throws Exception {
        for (String value : List.of("a\ud800b", "\udc00", "x\ude00\ud83dy", "😀\ud83d")) {
            String written = Json.write(value);
            ForeignChars.assertNoRaw(written, written, false);
            assertEquals(value, JACKSON.readValue(written, String.class));
        }
        assertEquals("\"😀\"", Json.write("😀"), "a valid pair is written as is");
    }

    @Test
    void theWholePayloadRoundTrips() throws Exception {
        String written = Json.write(List.of(ForeignChars.PAYLOAD));
        ForeignChars.assertNoRaw("payload", written.replace("\n", ""), false);
        assertEquals(List.of(ForeignChars.PAYLOAD), JACKSON.readValue(written, List.class));
    }
}
