package ai.speckitty.auth.sandbox.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A small HTTP/1.1 server on a plain {@link ServerSocket}, bound to 127.0.0.1 only.
 *
 * <p>Written by hand rather than on {@code com.sun.net.httpserver} because the sandbox must control
 * what the JDK server does not allow: the {@code Date} header (the JDK server overwrites it, so no
 * clock-skew tests) and dropping a connection after a request was processed. One request per
 * connection ({@code Connection: close}), so a client never re-sends a request on a stale pooled
 * connection and the journal counts what the client really sent.
 */
public final class MiniHttpServer implements AutoCloseable {

    /** Turns a request into a reply; runs on a worker thread, may be called concurrently. */
    public interface Handler {
        Reply handle(HttpRequest request);
    }

    private static final int READ_TIMEOUT_MS = 30_000;
    private static final int DRAIN_TIMEOUT_MS = 2_000;
    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final ServerSocket serverSocket;
    private final Handler handler;
    private final Supplier<Instant> dateClock;
    private final ExecutorService workers;
    private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private MiniHttpServer(ServerSocket serverSocket, Handler handler, Supplier<Instant> dateClock) {
        this.serverSocket = serverSocket;
        this.handler = handler;
        this.dateClock = dateClock;
        int id = SERVERS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(task -> daemon(task, "sandbox-" + id + "-worker-" + threads.incrementAndGet()));
        daemon(this::acceptLoop, "sandbox-" + id + "-acceptor").start();
    }

    /** Binds 127.0.0.1:{@code port} (0 = any free port) and starts accepting. */
    public static MiniHttpServer start(int port, Handler handler, Supplier<Instant> dateClock) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 512);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return new MiniHttpServer(socket, handler, dateClock);
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    @Override
    public void close() {
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        openSockets.forEach(MiniHttpServer::closeQuietly);
        workers.shutdownNow();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = serverSocket.accept();
                openSockets.add(socket);
                workers.execute(() -> serve(socket));
            } catch (IOException | java.util.concurrent.RejectedExecutionException e) {
                if (!closed) {
                    System.err.println("sandbox: accept failed: " + e.getClass().getSimpleName());
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(READ_TIMEOUT_MS);
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            HttpRequest request;
            try {
                request = RequestReader.read(in, out);
            } catch (RequestReader.MalformedRequest malformed) {
                write(out, HttpResponse.text(400, "text/plain; charset=utf-8", "Bad request\n"));
                finish(socket, in);
                return;
            }
            if (request == null) {
                return;
            }
            Reply reply = handleSafely(request);
            if (reply instanceof Reply.Drop drop) {
                sleep(drop.delay());
                if (drop.reset()) {
                    socket.setSoLinger(true, 0);
                }
                return;
            }
            if (reply instanceof Reply.Trickle trickle) {
                writeHead(out, trickle.response());
                for (byte b : trickle.response().body()) {
                    sleep(trickle.interval());
                    out.write(b);
                    out.flush();
                }
                finish(socket, in);
                return;
            }
            Reply.Respond respond = (Reply.Respond) reply;
            sleep(respond.delay());
            write(out, respond.response());
            finish(socket, in);
        } catch (IOException | InterruptedException e) {
            // the client went away, timed out, or the sandbox is closing: nothing to answer
        } finally {
            openSockets.remove(socket);
        }
    }

    private Reply handleSafely(HttpRequest request) {
        try {
            return handler.handle(request);
        } catch (RuntimeException e) {
            // The exception text is not printed: it could quote a request value.
            System.err.println("sandbox: internal error on " + request + ": " + e.getClass().getName());
            for (StackTraceElement frame : e.getStackTrace()) {
                System.err.println("\tat " + frame);
            }
            return Reply.respond(HttpResponse.json(500, "{\"error\":\"server_error\",\"error_description\":\"sandbox internal error\"}"));
        }
    }

    private void write(OutputStream out, HttpResponse response) throws IOException {
        writeHead(out, response);
        out.write(response.body());
        out.flush();
    }

    private void writeHead(OutputStream out, HttpResponse response) throws IOException {
        StringBuilder head = new StringBuilder(256)
                .append("HTTP/1.1 ").append(response.status()).append(' ').append(HttpStatus.reason(response.status())).append("\r\n")
                .append("Date: ").append(HttpDates.format(dateClock.get())).append("\r\n")
                .append("Server: spec-kitty-sandbox\r\n")
                .append("Connection: close\r\n");
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        head.append("Content-Length: ").append(response.body().length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Half-closes, then drains what the client may still send, so closing never turns into a RST that eats the answer. */
    private static void finish(Socket socket, InputStream in) throws IOException {
        socket.shutdownOutput();
        socket.setSoTimeout(DRAIN_TIMEOUT_MS);
        byte[] sink = new byte[4096];
        try {
            while (in.read(sink) >= 0) {
                // discard
            }
        } catch (SocketException | java.net.SocketTimeoutException ignored) {
            // the client closed hard or lingers: done either way
        }
    }

    private static void sleep(Duration delay) throws InterruptedException {
        if (!delay.isZero() && !delay.isNegative()) {
            Thread.sleep(delay.toMillis());
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
