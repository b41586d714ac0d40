package ai.speckitty.auth.sandbox.server;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * WireMock's Jetty server whose listening socket can be closed and opened again on a new free port
 * while everything else (handlers, servlets, threads) stays built: what makes a pooled server cheap
 * to hand to the next sandbox. It knows which threads are answering, so a closed server can wait
 * until no answer of its last sandbox is still running.
 */
final class ReopenableJetty extends Jetty11HttpServer {

    private final Set<Thread> answering = ConcurrentHashMap.newKeySet();

    ReopenableJetty(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
        super(options, admin, stubs);
        AnswerTracker tracker = new AnswerTracker();
        tracker.setHandler(jettyServer.getHandler());
        jettyServer.setHandler(tracker);
    }

    /** Stops listening and closes every open connection; the port then refuses connections. */
    void closePort() throws Exception {
        httpConnector.stop();
    }

    /** Listens again on a free port other than the last one. */
    void openNewPort() throws Exception {
        int last = httpConnector.getLocalPort();
        httpConnector.setPort(0);
        httpConnector.start();
        if (httpConnector.getLocalPort() == last) {
            httpConnector.stop();
            httpConnector.start();
        }
    }

    /**
     * Interrupts the answers still running (a slow fault's sleep, a trickle's dribble; their
     * connections are closed already) and waits for them to end.
     *
     * @return whether none is left within the timeout
     */
    boolean endRunningAnswers(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!answering.isEmpty()) {
            answering.forEach(Thread::interrupt);
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    /**
     * Counts the threads answering and turns away requests of connections already closed, so a
     * request read just before {@link #closePort()} never reaches the sandbox served next.
     */
    private final class AnswerTracker extends HandlerWrapper {
        @Override
        public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
                throws IOException, ServletException {
            Thread thread = Thread.currentThread();
            // An interrupt meant for an earlier answer on this pooled thread must not cut this one short.
            Thread.interrupted();
            answering.add(thread);
            try {
                if (base.getHttpChannel().getEndPoint().isOpen()) {
                    super.handle(target, base, request, response);
                } else {
                    base.setHandled(true);
                }
            } finally {
                answering.remove(thread);
            }
        }
    }
}
