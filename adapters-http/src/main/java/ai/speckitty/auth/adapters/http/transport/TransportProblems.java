package ai.speckitty.auth.adapters.http.transport;

import ai.speckitty.auth.domain.server.ServerFailure.TransportProblem;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/** Names the kind of a transport failure from the exception's type, never from its text. */
public final class TransportProblems {
    private TransportProblems() {}

    public static TransportProblem classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnknownHostException) {
                return TransportProblem.UNKNOWN_HOST;
            }
            if (t instanceof SocketTimeoutException) {
                return TransportProblem.TIMEOUT;
            }
            if (t instanceof ConnectException) {
                return TransportProblem.CONNECTION_REFUSED;
            }
            if (t instanceof SSLException) {
                return TransportProblem.TLS;
            }
            if (t instanceof SocketException || t instanceof EOFException) {
                return TransportProblem.CONNECTION_LOST;
            }
        }
        return TransportProblem.OTHER;
    }
}
