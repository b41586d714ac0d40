package ai.speckitty.auth.adapters.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake server on a raw socket, for answers WireMock cannot give: headers then silence, HTTP/1.0
 * without a length, a body shorter than its Content-Length. Each connection's request is read
 * (head and Content-Length body), then the script writes whatever it likes.
 */
final class RawHttpServer implements AutoCloseable {

    /** What to write on one connection; return to close it. */
    @FunctionalInterface
    interface Script {
        void answer(OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final Script script;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private RawHttpServer(Script script) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.script = script;
        Thread accept = new Thread(this::acceptLoop, "raw-http-accept");
        accept.setDaemon(true);
        accept.start();
    }

    static RawHttpServer answering(Script script) throws IOException {
        return new RawHttpServer(script);
    }

    /** Writes {@code text} as ISO-8859-1 and flushes. */
    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    int requests() {
        return requests.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                open.add(connection);
                Thread serve = new Thread(() -> serve(connection), "raw-http-serve");
                serve.setDaemon(true);
                serve.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            readRequest(connection.getInputStream());
            requests.incrementAndGet();
            OutputStream out = connection.getOutputStream();
            script.answer(out);
            out.flush();
        } catch (IOException | InterruptedException e) {
            // the client gave up, or the test is over
        } finally {
            open.remove(connection);
        }
    }

    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("request ended early");
            }
            head.write(b);
        }
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring(15).strip()));
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : open) {
            connection.close();
        }
    }
}
