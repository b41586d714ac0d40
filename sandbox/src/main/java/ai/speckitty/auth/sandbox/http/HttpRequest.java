package ai.speckitty.auth.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One parsed HTTP/1.1 request: header names are lower-case, the body is fully read.
 * Its {@code toString} never shows headers or body (they may carry tokens).
 */
public record HttpRequest(
        String method,
        String path,
        String rawQuery,
        Map<String, List<String>> headers,
        byte[] body) {

    public HttpRequest {
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(copy);
    }

    /** The first value of a header (name in any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** How many times a header occurs. */
    public int headerCount(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null ? 0 : values.size();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The decoded query parameters (empty when there is no query). */
    public Map<String, List<String>> queryParameters() {
        return rawQuery == null ? Map.of() : UrlForm.parseLenient(rawQuery);
    }

    /** True when the body is declared as {@code application/x-www-form-urlencoded}. */
    public boolean isForm() {
        String type = header("content-type");
        return type != null && mediaType(type).equals("application/x-www-form-urlencoded");
    }

    /** True when the body is declared as {@code application/json}. */
    public boolean isJson() {
        String type = header("content-type");
        return type != null && mediaType(type).equals("application/json");
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.trim().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
