package ai.speckitty.auth.adapters.http.transport;

import java.io.IOException;

/** The server answered with a body bigger than the client accepts; it was not read to the end. */
public final class AnswerTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;

    AnswerTooLarge(int status) {
        super("answer too large");
        this.status = status;
    }

    /** The HTTP status of the answer whose body was too large. */
    public int status() {
        return status;
    }
}
