package ai.speckitty.auth.sandbox.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads one HTTP/1.1 request (request line, headers, a Content-Length or chunked body). */
final class RequestReader {

    static final class MalformedRequest extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedRequest(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final int MAX_LINE = 16 * 1024;
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_BODY = 1024 * 1024;

    private RequestReader() {
    }

    /**
     * Reads a request, or answers null when the peer closed before sending anything.
     * {@code interim} receives the {@code 100 Continue} line when the client asks for it.
     */
    static HttpRequest read(InputStream in, OutputStream interim) throws IOException, MalformedRequest {
        String requestLine = readLine(in, true);
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.") || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new MalformedRequest("bad request line");
        }
        Map<String, List<String>> headers = readHeaders(in);
        String target = originForm(parts[1]);
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? null : target.substring(question + 1);
        if ("100-continue".equalsIgnoreCase(first(headers, "expect"))) {
            interim.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            interim.flush();
        }
        byte[] body = readBody(in, headers);
        return new HttpRequest(parts[0], path, query, headers, body);
    }

    private static String originForm(String target) throws MalformedRequest {
        if (target.startsWith("/")) {
            return target;
        }
        int scheme = target.indexOf("://");
        if (scheme > 0) {
            int slash = target.indexOf('/', scheme + 3);
            return slash < 0 ? "/" : target.substring(slash);
        }
        throw new MalformedRequest("bad request target");
    }

    private static Map<String, List<String>> readHeaders(InputStream in) throws IOException, MalformedRequest {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int total = 0;
        while (true) {
            String line = readLine(in, false);
            if (line.isEmpty()) {
                return headers;
            }
            total += line.length();
            if (total > MAX_HEADER_BYTES) {
                throw new MalformedRequest("headers too large");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedRequest("bad header line");
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(line.substring(colon + 1).trim());
        }
    }

    private static byte[] readBody(InputStream in, Map<String, List<String>> headers)
            throws IOException, MalformedRequest {
        String encoding = first(headers, "transfer-encoding");
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            return readChunked(in);
        }
        String length = first(headers, "content-length");
        if (length == null) {
            return new byte[0];
        }
        int size;
        try {
            size = Integer.parseInt(length.trim());
        } catch (NumberFormatException e) {
            throw new MalformedRequest("bad content-length");
        }
        if (size < 0 || size > MAX_BODY) {
            throw new MalformedRequest("bad content-length");
        }
        return readExactly(in, size);
    }

    private static byte[] readChunked(InputStream in) throws IOException, MalformedRequest {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in, false);
            int semicolon = sizeLine.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new MalformedRequest("bad chunk size");
            }
            if (size < 0 || body.size() + size > MAX_BODY) {
                throw new MalformedRequest("bad chunk size");
            }
            if (size == 0) {
                while (!readLine(in, false).isEmpty()) {
                    // trailers are ignored
                }
                return body.toByteArray();
            }
            body.write(readExactly(in, size));
            if (!readLine(in, false).isEmpty()) {
                throw new MalformedRequest("bad chunk end");
            }
        }
    }

    private static byte[] readExactly(InputStream in, int size) throws IOException, MalformedRequest {
        byte[] bytes = in.readNBytes(size);
        if (bytes.length != size) {
            throw new MalformedRequest("body shorter than declared");
        }
        return bytes;
    }

    /** A line without its CRLF (a bare LF is accepted); null at EOF before any byte when allowed. */
    private static String readLine(InputStream in, boolean eofAllowed) throws IOException, MalformedRequest {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (eofAllowed && line.size() == 0) {
                    return null;
                }
                throw new MalformedRequest("unexpected end of request");
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (line.size() >= MAX_LINE) {
                throw new MalformedRequest("line too long");
            }
            line.write(b);
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
