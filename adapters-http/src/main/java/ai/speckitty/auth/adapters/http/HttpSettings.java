package ai.speckitty.auth.adapters.http;

import ai.speckitty.auth.application.port.AuthServer;
import java.time.Duration;

/**
 * The total deadline of one call (connect, send, read the whole answer): 10 s per call, each
 * device poll included (SPEC §2), 5 s for each request of the sync probe (SPEC §2.7), 3 s for the
 * check before a browser sign-in ({@link AuthServer#REACH_TIMEOUT}). The same values bound the
 * connect and each read; a call that outlives its deadline is a timeout.
 */
record HttpSettings(Duration callTimeout, Duration probeTimeout, Duration reachTimeout) {
    static final HttpSettings DEFAULT = new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(5));

    /** The default reach deadline, with the given others. */
    HttpSettings(Duration callTimeout, Duration probeTimeout) {
        this(callTimeout, probeTimeout, AuthServer.REACH_TIMEOUT);
    }
}
