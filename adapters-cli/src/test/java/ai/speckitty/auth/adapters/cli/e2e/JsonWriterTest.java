package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.speckitty.auth.adapters.cli.render.Json;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void escapesWhatJsonRequires() {
        String nasty = "quote\" backslash\\ nl\n cr\r tab\t bs\b ff\f nul\0 bell\u0007 del\u007f ls\u2028 é ☃ 𝄞";
        String written = Json.write(nasty);
        assertEquals("\"quote\\\" backslash\\\\ nl\\n cr\\r tab\\t bs\\b ff\\f nul\\u0000 bell\\u0007 del\\u007f ls\\u2028 é ☃ 𝄞\"",
                written);
        assertEquals(nasty, StrictJson.parse(written), "round trip");
    }

    @Test
    void loneSurrogatesAreEscapedSoTheOutputIsValidUtf8() {
        assertEquals("\"a\\ud800b\"", Json.write("a\ud800b"));
        assertEquals("\"\\udc00\"", Json.write("\udc00"));
    }

    @Test
    void nestedStructuresKeepOrderAndRoundTrip() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put("a", List.of(true, false, Optional.empty(), OptionalLong.of(-5)));
        map.put("m", Map.of());
        map.put("l", List.of());
        map.put("n", null);
        map.put("o", Optional.of("x"));
        String written = Json.write(map);
        assertEquals("{\n  \"z\": 1,\n  \"a\": [\n    true,\n    false,\n    null,\n    -5\n  ],\n  \"m\": {},\n  \"l\": [],\n"
                + "  \"n\": null,\n  \"o\": \"x\"\n}", written);
        Map<String, Object> back = StrictJson.object(written);
        assertEquals(List.of("z", "a", "m", "l", "n", "o"), List.copyOf(back.keySet()));
        assertEquals(Arrays.asList(true, false, null, -5L), back.get("a"));
    }

    @Test
    void unsupportedValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(1.5));
        assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of(1, "x")));
    }

    @Test
    void theTestParserRejectsTrailingContent() {
        assertThrows(IllegalArgumentException.class, () -> StrictJson.parse("{}\n{}"));
        assertThrows(IllegalArgumentException.class, () -> StrictJson.parse("{} Run `x`"));
        assertThrows(IllegalArgumentException.class, () -> StrictJson.parse(""));
    }

    @Test
    void theTestParserRejectsADuplicateKeyAndRawControlCharacters() {
        assertThrows(IllegalArgumentException.class, () -> StrictJson.parse("{\"a\": 1, \"a\": 2}"));
        assertThrows(IllegalArgumentException.class, () -> StrictJson.parse("[{\"b\": {\"a\": 1, \"a\": 1}}]"));
        assertThrows(IllegalArgumentException.class, () -> StrictJson.parse("\"tab\there\""));
    }
}
