package ai.speckitty.auth.adapters.http.loopback;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Decodes a callback's query string; malformed escapes or a repeated name make it unusable (RFC 6749 §3.1). */
final class QueryParameters {
    private QueryParameters() {}

    static Optional<Map<String, String>> parse(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.of(parameters);
        }
        try {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (parameters.putIfAbsent(name, value) != null) {
                    return Optional.empty();
                }
            }
        } catch (IllegalArgumentException badEscape) {
            return Optional.empty();
        }
        return Optional.of(parameters);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
