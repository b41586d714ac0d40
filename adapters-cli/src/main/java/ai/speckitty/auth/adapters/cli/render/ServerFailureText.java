package ai.speckitty.auth.adapters.cli.render;

import ai.speckitty.auth.domain.server.ServerFailure;

/**
 * Plain words for a failed server call and when to try again; the server's own error code and
 * what broke the contract are technical details shown only with {@code --debug}.
 */
public final class ServerFailureText {
    private ServerFailureText() {}

    /** What went wrong, as a clause, e.g. {@code the server is busy (HTTP 429)}. */
    public static String what(ServerFailure failure, boolean debug) {
        if (failure instanceof ServerFailure.HttpStatus http) {
            String detail = debug ? http.error().map(e -> ", error " + e).orElse("") : "";
            int status = http.status();
            String words = status == 429 ? "the server is busy"
                    : status == 502 || status == 503 || status == 504 ? "the server is temporarily unavailable"
                    : status >= 500 ? "the server had an internal error"
                    : "the server refused the request";
            return words + " (HTTP " + status + detail + ")";
        }
        if (failure instanceof ServerFailure.MalformedAnswer malformed) {
            return "the server's answer could not be understood" + (debug ? " (" + malformed.brief() + ")" : "");
        }
        return transport(((ServerFailure.Transport) failure).problem());
    }

    /** What kept the server out of reach, as a clause. */
    public static String transport(ServerFailure.TransportProblem problem) {
        return switch (problem) {
            case UNKNOWN_HOST -> "the server's host name could not be found";
            case CONNECTION_REFUSED -> "the server refused the connection";
            case TIMEOUT -> "the server did not answer in time";
            case TLS -> "a secure (TLS) connection to the server could not be set up";
            case CONNECTION_LOST -> "the connection to the server was lost";
            case OTHER -> "the network failed";
        };
    }

    /** When to try again: the server's Retry-After when it gave one. */
    public static String whenToRetry(ServerFailure failure) {
        if (failure instanceof ServerFailure.HttpStatus http && http.retryAfterSeconds().isPresent()) {
            long seconds = http.retryAfterSeconds().getAsLong();
            return seconds <= 1 ? "Try again in a second." : "Try again in " + Durations.humanise(java.time.Duration.ofSeconds(seconds)) + ".";
        }
        return "Try again in a moment.";
    }
}
