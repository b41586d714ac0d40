package ai.speckitty.auth.adapters.http;

import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.server.ServerFailure.TransportProblem;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** What one HTTP exchange produced: an answer with its whole body, or no answer at all. */
sealed interface Reply {

    /** The server answered; headers are case-insensitive. */
    record Answer(int status, byte[] body, Map<String, Collection<String>> headers) implements Reply {
        Optional<String> header(String name) {
            Collection<String> values = headers.get(name);
            return values == null ? Optional.empty() : values.stream().findFirst();
        }

        @Override
        public String toString() {
            return "Answer[status=" + status + ", body=" + body.length + " bytes]";
        }
    }

    /** No (complete) answer: the kind of failure, never its text. */
    record Lost(TransportProblem problem) implements Reply {
        ServerFailure failure() {
            return new ServerFailure.Transport(problem);
        }
    }
}
