package ai.speckitty.auth.sandbox.http;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code application/x-www-form-urlencoded} parsing and encoding (also used for query strings). */
public final class UrlForm {

    private UrlForm() {
    }

    /**
     * Parses {@code a=1&b=2}, keeping repeated names as several values, in order.
     *
     * @throws IllegalArgumentException on a malformed percent escape
     */
    public static Map<String, List<String>> parse(String encoded) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            fields.computeIfAbsent(decode(name), k -> new ArrayList<>()).add(decode(value));
        }
        fields.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return fields;
    }

    /** Like {@link #parse} but answers an empty map instead of throwing on malformed input. */
    public static Map<String, List<String>> parseLenient(String encoded) {
        try {
            return parse(encoded);
        } catch (IllegalArgumentException malformed) {
            return Map.of();
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
