package ai.speckitty.auth.sandbox;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as the sandbox received it, with raw values (tokens included: tests compare them).
 * {@code toString} shows only method, path, status and fault, never a value.
 *
 * @param sequence   increasing number in arrival order
 * @param receivedAt real wall-clock time (not the sandbox clock), for measuring client intervals
 * @param headers    header names in lower case
 * @param form       decoded form fields when the body was form-encoded, else empty
 * @param status     the status answered, or 0 when the connection was dropped without an answer
 * @param fault      the injected fault's {@link Fault#describe()}, or null
 */
public record RecordedRequest(
        long sequence,
        Instant receivedAt,
        String method,
        String path,
        String rawQuery,
        Map<String, List<String>> headers,
        String body,
        Map<String, List<String>> form,
        Map<String, List<String>> query,
        int status,
        String fault) {

    public RecordedRequest {
        headers = ordered(headers);
        form = ordered(form);
        query = ordered(query);
    }

    /** The first value of a header (any case), or null. */
    public String header(String name) {
        return first(headers, name.toLowerCase(Locale.ROOT));
    }

    public boolean hasHeader(String name) {
        return headers.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The first value of a form field, or null. */
    public String formValue(String name) {
        return first(form, name);
    }

    /** The first value of a query parameter, or null. */
    public String queryValue(String name) {
        return first(query, name);
    }

    /** The token of an {@code Authorization: Bearer} header, or null. */
    public String bearerToken() {
        String authorization = header("authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }

    /** True for a refresh grant on the token endpoint. */
    public boolean isRefresh() {
        return "POST".equals(method) && "/oauth/token".equals(path) && "refresh_token".equals(formValue("grant_type"));
    }

    /** True when the connection was closed without an answer. */
    public boolean dropped() {
        return status == 0;
    }

    private static Map<String, List<String>> ordered(Map<String, List<String>> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }

    private static String first(Map<String, List<String>> values, String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + method + " " + path + " -> " + (status == 0 ? "dropped" : status)
                + (fault == null ? "" : " [fault " + fault + "]");
    }
}
