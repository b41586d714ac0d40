package ai.speckitty.auth.adapters.http;

import java.time.Duration;

/** Connect and read timeouts: 10 s per call (SPEC §2), 5 s for the sync probe (SPEC §2.7). */
record HttpSettings(Duration callTimeout, Duration probeTimeout) {
    static final HttpSettings DEFAULT = new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(5));
}
