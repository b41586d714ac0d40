package ai.speckitty.auth.sandbox.http;

import java.time.Duration;

/** What the server does with a connection once a request has been handled. */
public sealed interface Reply {

    /** Write the response, after waiting {@code delay} (a slow answer). */
    record Respond(HttpResponse response, Duration delay) implements Reply {
    }

    /**
     * Close the connection without writing anything, after waiting {@code delay};
     * {@code reset} sends a TCP RST instead of a FIN.
     */
    record Drop(boolean reset, Duration delay) implements Reply {
    }

    /** Write the head at once, then the body one byte per {@code interval}. */
    record Trickle(HttpResponse response, Duration interval) implements Reply {
    }

    static Reply respond(HttpResponse response) {
        return new Respond(response, Duration.ZERO);
    }
}
