package ai.speckitty.auth.adapters.http.loopbacktest;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A browser stand-in: plain HTTP requests straight to the loopback port, never through a proxy. */
final class Http {
    private Http() {}

    record Reply(int status, String contentType, String body) {}

    static Reply get(String url) throws IOException {
        return request("GET", url);
    }

    static Reply request(String method, String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection(Proxy.NO_PROXY);
        connection.setRequestMethod(method);
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(10_000);
        try {
            int status = connection.getResponseCode();
            InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            return new Reply(status, connection.getContentType(), body);
        } finally {
            connection.disconnect();
        }
    }

    /** Opens and closes a TCP connection; throws when nothing accepts it. */
    static void connect(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2_000);
        }
    }

    /** Sends a raw request line (for URLs java.net refuses to build) and returns the status code. */
    static int rawGetStatus(int port, String target) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.setSoTimeout(10_000);
            String request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(reply.split(" ", 3)[1]);
        }
    }

    static int portOf(String redirectUri) {
        return URI.create(redirectUri).getPort();
    }
}
