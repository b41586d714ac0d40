package ai.speckitty.auth.adapters.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal HTTP CONNECT proxy on 127.0.0.1 that records each CONNECT line (and whether it carried
 * the expected Basic credentials) and tunnels every accepted CONNECT to one fixed upstream port,
 * whatever host was asked for, so that a name like auth.example.test reaches a local server.
 */
final class TinyProxy implements AutoCloseable {
    /** One CONNECT request as the proxy saw it. */
    record Connect(String requestLine, boolean authorized) {}

    private final ServerSocket server;
    private final int upstreamPort;
    private final Optional<String> expectedAuthorization;
    private final List<Connect> seen = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private TinyProxy(int upstreamPort, Optional<String> userColonPassword) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.upstreamPort = upstreamPort;
        this.expectedAuthorization = userColonPassword.map(up ->
                "Basic " + Base64.getEncoder().encodeToString(up.getBytes(StandardCharsets.UTF_8)));
        Thread acceptor = new Thread(this::acceptLoop, "tiny-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static TinyProxy open(int upstreamPort) throws IOException {
        return new TinyProxy(upstreamPort, Optional.empty());
    }

    /** A proxy answering 407 until it gets {@code Proxy-Authorization: Basic base64(user:password)}. */
    static TinyProxy requiringBasic(int upstreamPort, String userColonPassword) throws IOException {
        return new TinyProxy(upstreamPort, Optional.of(userColonPassword));
    }

    int port() {
        return server.getLocalPort();
    }

    String url() {
        return "http://127.0.0.1:" + port();
    }

    List<Connect> seen() {
        return List.copyOf(seen);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                Thread t = new Thread(() -> serve(client), "tiny-proxy-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                List<String> head = readHead(in);
                if (head.isEmpty()) {
                    client.close();
                    return;
                }
                String requestLine = head.get(0);
                Optional<String> auth = head.stream().skip(1)
                        .filter(h -> h.toLowerCase().startsWith("proxy-authorization:"))
                        .map(h -> h.substring(h.indexOf(':') + 1).strip()).findFirst();
                boolean authorized = expectedAuthorization.isEmpty() || expectedAuthorization.equals(auth);
                seen.add(new Connect(requestLine, auth.isPresent() && authorized));
                if (!requestLine.startsWith("CONNECT ")) {
                    out.write("HTTP/1.1 501 Not Implemented\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    continue;
                }
                if (!authorized) {
                    out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"tiny\"\r\n"
                            + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    continue;
                }
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                open.add(upstream);
                out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread back = new Thread(() -> pipe(upstream, client), "tiny-proxy-back");
                back.setDaemon(true);
                back.start();
                pipe(client, upstream);
                return;
            }
        } catch (IOException e) {
            // the client went away; nothing to record
        }
    }

    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
                line.reset();
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
            } else {
                line.write(b);
            }
        }
        return List.of();
    }

    private static void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // one side closed
        } finally {
            try {
                to.shutdownOutput();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
