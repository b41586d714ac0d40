package ai.speckitty.auth.sandbox.server;

import com.github.tomakehurst.wiremock.common.Urls;
import com.github.tomakehurst.wiremock.http.ContentTypeHeader;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as the endpoints read it: WireMock's request with its path and raw query split off,
 * and the form and query decoded by WireMock's own parser. Its {@code toString} never shows a value.
 */
record Call(Request request, String path, String rawQuery) {

    static Call of(Request request) {
        String url = request.getUrl();
        int question = url.indexOf('?');
        return question < 0 ? new Call(request, url, null)
                : new Call(request, url.substring(0, question), url.substring(question + 1));
    }

    String method() {
        return request.getMethod().getName();
    }

    /** The first value of a header (any case), or null. */
    String header(String name) {
        HttpHeader header = request.header(name);
        return header.isPresent() ? header.firstValue() : null;
    }

    int headerCount(String name) {
        HttpHeader header = request.header(name);
        return header.isPresent() ? header.values().size() : 0;
    }

    /** Every header, names in lower case. */
    Map<String, List<String>> headers() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader header : request.getHeaders().all()) {
            headers.computeIfAbsent(header.key().toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>())
                    .addAll(header.values());
        }
        return headers;
    }

    String body() {
        return request.getBodyAsString();
    }

    boolean isForm() {
        return "application/x-www-form-urlencoded".equals(mediaType());
    }

    boolean isJson() {
        return "application/json".equals(mediaType());
    }

    private String mediaType() {
        ContentTypeHeader type = request.contentTypeHeader();
        String mime = type == null || !type.isPresent() ? null : type.mimeTypePart();
        return mime == null ? null : mime.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The decoded query parameters, repeated names as several values.
     *
     * @throws IllegalArgumentException on a malformed percent escape
     */
    Map<String, List<String>> query() {
        return decode(rawQuery);
    }

    /** The decoded form body; see {@link #query()}. */
    Map<String, List<String>> form() {
        return decode(body());
    }

    /** {@link #query()}, or empty when it is malformed (for the journal and the admin endpoints). */
    Map<String, List<String>> queryOrEmpty() {
        try {
            return query();
        } catch (IllegalArgumentException malformed) {
            return Map.of();
        }
    }

    /** {@link #form()} of a form body, else (or when malformed) empty. */
    Map<String, List<String>> formOrEmpty() {
        try {
            return isForm() ? form() : Map.of();
        } catch (IllegalArgumentException malformed) {
            return Map.of();
        }
    }

    private static Map<String, List<String>> decode(String encoded) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            Urls.splitQuery(encoded).values().forEach(parameter -> fields.put(parameter.key(), parameter.values()));
        }
        return fields;
    }

    @Override
    public String toString() {
        return method() + " " + path;
    }
}
