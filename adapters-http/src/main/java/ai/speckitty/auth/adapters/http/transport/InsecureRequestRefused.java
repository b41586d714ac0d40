package ai.speckitty.auth.adapters.http.transport;

import java.io.IOException;

/** A request that was not sent because it would have gone over plain http to a non-loopback host. */
public final class InsecureRequestRefused extends IOException {
    private static final long serialVersionUID = 1L;

    public InsecureRequestRefused(String message) {
        super(message);
    }
}
