package ai.speckitty.auth.adapters.http;

import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.server.ServerFailure.TransportProblem;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What one HTTP exchange produced: an answer with its whole body, or nothing usable. */
sealed interface Reply {

    /**
     * Real tokens and codes are dozens of characters; below this length a value is not treated as
     * a secret that a displayed field could repeat (a test token "a" is in every email).
     */
    int SHORTEST_SECRET = 8;

    /** True when {@code text} contains {@code secret} and the secret is long enough to count. */
    static boolean holds(String text, String secret) {
        return text != null && secret != null && secret.length() >= SHORTEST_SECRET && text.contains(secret);
    }

    /** No usable answer, as the failure to report. */
    sealed interface Unusable extends Reply {
        ServerFailure failure();
    }

    /**
     * The server answered; headers are case-insensitive; {@code sentSecrets} are the secret values
     * the request carried, so that nothing the server echoes back can carry them further.
     */
    record Answer(int status, byte[] body, Map<String, Collection<String>> headers, List<String> sentSecrets)
            implements Reply {
        /** True when {@code text} holds one of the secrets this request carried. */
        boolean echoesASecret(String text) {
            return text != null && sentSecrets.stream().anyMatch(secret -> Reply.holds(text, secret));
        }

        /**
         * The name of the first field (given as name, value, name, value...) whose value repeats a
         * secret this request carried: such a value would be stored and shown, so the answer is refused.
         */
        Optional<String> fieldEchoingASecret(String... namesAndValues) {
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                if (echoesASecret(namesAndValues[i + 1])) {
                    return Optional.of(namesAndValues[i]);
                }
            }
            return Optional.empty();
        }

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
    record Lost(TransportProblem problem) implements Unusable {
        @Override
        public ServerFailure failure() {
            return new ServerFailure.Transport(problem);
        }
    }

    /** An answer whose body was bigger than the client reads; only its status is known. */
    record TooLarge(int status) implements Unusable {
        static final String WHAT = "answer too large";

        @Override
        public ServerFailure failure() {
            return new ServerFailure.MalformedAnswer(status, WHAT);
        }
    }
}
