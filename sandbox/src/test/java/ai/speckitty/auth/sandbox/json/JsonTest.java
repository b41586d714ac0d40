package ai.speckitty.auth.sandbox.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @Test
    void objects_keep_order_skip_nulls_and_escape_strings() {
        String text = Json.object().put("a", "x\"y\\z\n\u0001é").put("skip", null).put("n", 3L).put("b", true)
                .put("list", List.of(1, "two")).put("nested", Map.of("k", false)).toString();
        assertEquals("{\"a\":\"x\\\"y\\\\z\\n\\u0001é\",\"n\":3,\"b\":true,\"list\":[1,\"two\"],\"nested\":{\"k\":false}}", text);
    }

    @Test
    void parse_reads_back_what_write_produced() {
        Object value = Json.parse(" {\"a\": [1, -2.5e3, \"s\\u0041\\/\", null, true, {}], \"b\": {\"c\": []}} ");
        Map<?, ?> object = (Map<?, ?>) value;
        assertEquals(Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5e3"), "sA/", null, true, Map.of()), object.get("a"));
        assertEquals(Map.of("c", List.of()), object.get("b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{events: []}", "[1,]", "01", "\"unterminated", "tru", "{} x", "{\"a\" 1}", "\"\\q\""})
    void malformed_text_is_a_syntax_error(String text) {
        assertThrows(Json.JsonSyntaxException.class, () -> Json.parse(text));
    }

    @Test
    void deep_nesting_is_refused_instead_of_overflowing_the_stack() {
        assertThrows(Json.JsonSyntaxException.class, () -> Json.parse("[".repeat(100_000)));
        assertEquals(1, ((List<?>) Json.parse("[".repeat(60) + "]".repeat(60))).size());
    }
}
