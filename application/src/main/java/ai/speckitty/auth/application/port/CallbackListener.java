package ai.speckitty.auth.application.port;

import java.time.Duration;
import java.util.Optional;

/** Receives the browser's redirect on a loopback port (SPEC §4.6). */
public interface CallbackListener {

    /** Starts listening on 127.0.0.1; empty when no port could be bound. Closing the result closes the port. */
    Optional<PendingCallback> listen();

    /** A listener waiting for the one valid callback. */
    interface PendingCallback extends AutoCloseable {

        /** The exact redirect URI to send to the server, e.g. {@code http://127.0.0.1:28888/callback}. */
        String redirectUri();

        /** Waits for the first callback with this {@code state}; callbacks with another state are rejected and ignored. */
        CallbackResult await(String expectedState, Duration timeout) throws InterruptedException;

        @Override
        void close();
    }
}
