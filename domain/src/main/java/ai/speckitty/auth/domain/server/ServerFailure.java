package ai.speckitty.auth.domain.server;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A call that failed without a usable answer; it never carries exception text, which may hold a
 * secret, only a status or an error type (SPEC §6).
 */
public sealed interface ServerFailure {

    /** A brief, secret-free reason for messages, e.g. "HTTP 503" or "timeout". */
    String brief();

    /**
     * The server answered with a status the contract treats as failure; {@code retryAfterSeconds}
     * is when a 429 or 503 said to come back (its {@code Retry-After}), if it said.
     */
    record HttpStatus(int status, Optional<String> error, OptionalLong retryAfterSeconds) implements ServerFailure {
        public HttpStatus {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(retryAfterSeconds, "retryAfterSeconds");
        }

        public HttpStatus(int status, Optional<String> error) {
            this(status, error, OptionalLong.empty());
        }

        @Override
        public String brief() {
            return "HTTP " + status + error.map(e -> " (" + e + ")").orElse("");
        }
    }

    /** The server answered 2xx, but with a body that breaks the contract. */
    record MalformedAnswer(int status, String what) implements ServerFailure {
        @Override
        public String brief() {
            return "unexpected answer to HTTP " + status + ": " + what;
        }
    }

    /** No answer: DNS, refused connection, TLS, timeout, dropped connection. */
    record Transport(TransportProblem problem) implements ServerFailure {
        public Transport {
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public String brief() {
            return problem.description();
        }
    }

    /** The kinds of transport failure, described without exception text. */
    enum TransportProblem {
        UNKNOWN_HOST("unknown host"),
        CONNECTION_REFUSED("connection refused"),
        TIMEOUT("timed out"),
        TLS("TLS handshake failed"),
        CONNECTION_LOST("connection lost"),
        OTHER("network error");

        private final String description;

        TransportProblem(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
