package ai.speckitty.auth.adapters.http.loopback;

import ai.speckitty.auth.application.port.CallbackListener.PendingCallback;
import ai.speckitty.auth.application.port.CallbackResult;
import com.sun.net.httpserver.HttpServer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** One listening loopback server, waiting for its callback until closed. */
final class LoopbackCallback implements PendingCallback {
    /** How long closing waits for a page still being sent; a page is a few hundred bytes. */
    static final Duration PAGE_GRACE = Duration.ofSeconds(2);

    private final HttpServer server;
    private final CallbackHandler handler;
    private final ExecutorService executor;
    private final CallbackInbox inbox;
    private final String redirectUri;
    private boolean closed;

    private LoopbackCallback(HttpServer server, CallbackHandler handler, ExecutorService executor, CallbackInbox inbox) {
        this.server = server;
        this.handler = handler;
        this.executor = executor;
        this.inbox = inbox;
        this.redirectUri = "http://127.0.0.1:" + server.getAddress().getPort() + CallbackHandler.PATH;
    }

    /** Starts serving a bound server; requests are handled one at a time on a single daemon thread. */
    static LoopbackCallback start(HttpServer server) {
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "loopback-callback");
            thread.setDaemon(true);
            return thread;
        });
        CallbackInbox inbox = new CallbackInbox();
        CallbackHandler handler = new CallbackHandler(inbox);
        server.createContext("/", handler);
        server.setExecutor(executor);
        // The server's dispatcher thread inherits daemon status from the thread that starts it,
        // so start it from ours: a forgotten listener then never keeps the JVM alive.
        CompletableFuture.runAsync(server::start, executor).join();
        return new LoopbackCallback(server, handler, executor, inbox);
    }

    @Override
    public String redirectUri() {
        return redirectUri;
    }

    @Override
    public CallbackResult await(String expectedState, Duration timeout) throws InterruptedException {
        return inbox.await(expectedState, timeout);
    }

    /**
     * Stops listening once the page being sent (the one that woke {@link #await}, most often) has
     * gone out whole: stopping the server cuts its connections, and a browser cut off mid-page
     * shows a connection error instead of what happened.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        inbox.close();
        try {
            handler.awaitIdle(PAGE_GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
