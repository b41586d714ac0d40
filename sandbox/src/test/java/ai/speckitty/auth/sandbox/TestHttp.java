package ai.speckitty.auth.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A plain HttpURLConnection client for tests (not the project's adapter): no redirects followed. */
final class TestHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A complete answer. */
    record Answer(int status, Map<String, List<String>> headers, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("answer is not JSON (status " + status + ")", e);
            }
        }

        String error() {
            return json().path("error").asText(null);
        }

        String header(String name) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue().get(0);
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return "Answer[" + status + "]";
        }
    }

    private TestHttp() {
    }

    static Answer get(String url) throws IOException {
        return send("GET", url, Map.of(), null, null, Duration.ofSeconds(10));
    }

    static Answer getBearer(String url, String accessToken) throws IOException {
        return send("GET", url, Map.of("Authorization", "Bearer " + accessToken), null, null, Duration.ofSeconds(10));
    }

    /** POSTs a form of name/value pairs. */
    static Answer postForm(String url, String... pairs) throws IOException {
        return postForm(url, Map.of(), pairs);
    }

    static Answer postForm(String url, Map<String, String> headers, String... pairs) throws IOException {
        return send("POST", url, headers, "application/x-www-form-urlencoded", form(pairs), Duration.ofSeconds(10));
    }

    static Answer postJson(String url, String accessToken, String json) throws IOException {
        return send("POST", url, Map.of("Authorization", "Bearer " + accessToken), "application/json",
                json.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(10));
    }

    static Answer refresh(Sandbox sandbox, String refreshToken) throws IOException {
        return postForm(sandbox.url(Sandbox.TOKEN_PATH),
                "grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", Sandbox.CLIENT_ID);
    }

    static byte[] form(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("name/value pairs expected");
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Answer send(String method, String url, Map<String, String> headers, String contentType, byte[] body,
                       Duration readTimeout) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setInstanceFollowRedirects(false);
        connection.setUseCaches(false);
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout((int) readTimeout.toMillis());
        connection.setRequestMethod(method);
        headers.forEach(connection::setRequestProperty);
        if (body != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", contentType);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
        }
        try {
            int status = connection.getResponseCode();
            InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String text = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(status, new LinkedHashMap<>(connection.getHeaderFields()), text);
        } finally {
            connection.disconnect();
        }
    }

    static Answer unchecked(IoCall call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface IoCall {
        Answer run() throws IOException;
    }
}
