package ai.speckitty.auth.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A complete response to write; {@code Date}, {@code Content-Length} and {@code Connection} are added on write. */
public record HttpResponse(int status, Map<String, String> headers, byte[] body) {

    public HttpResponse {
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public static HttpResponse json(int status, String json) {
        return new HttpResponse(status, Map.of("Content-Type", "application/json"),
                json.getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse text(int status, String contentType, String text) {
        return new HttpResponse(status, Map.of("Content-Type", contentType),
                text.getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse redirect(int status, String location) {
        return new HttpResponse(status, Map.of("Location", location), new byte[0]);
    }

    /** A copy with one more header (replacing one of the same name). */
    public HttpResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpResponse(status, copy, body);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "HttpResponse[" + status + "]";
    }
}
