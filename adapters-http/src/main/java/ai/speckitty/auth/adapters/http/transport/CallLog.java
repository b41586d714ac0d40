package ai.speckitty.auth.adapters.http.transport;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.URI;
import java.util.function.Consumer;

/**
 * The {@code --debug} line for each call: method, path, status or failure kind, milliseconds.
 * Redaction is structural: only the method, the path (query dropped) and the status are ever
 * read, never a header or a body.
 */
public final class CallLog implements Client {
    private final Client delegate;
    private final Consumer<String> sink;

    public CallLog(Client delegate, Consumer<String> sink) {
        this.delegate = delegate;
        this.sink = sink;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        String call = "http: " + request.httpMethod() + " " + pathOf(request.url());
        long start = System.nanoTime();
        try {
            Response response = delegate.execute(request, options);
            sink.accept(call + " -> " + response.status() + " (" + millisSince(start) + " ms)");
            return response;
        } catch (IOException | RuntimeException e) {
            String kind = e instanceof InsecureRequestRefused ? "refused (plain http to a non-loopback host)"
                    : e instanceof AnswerTooLarge big ? "HTTP " + big.status() + ", answer too large"
                    : TransportProblems.classify(e).description();
            sink.accept(call + " -> failed: " + kind + " (" + millisSince(start) + " ms)");
            throw e;
        }
    }

    /** The path only: any query is replaced by {@code ?…} so no value can leak. */
    static String pathOf(String url) {
        try {
            URI uri = new URI(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path + (uri.getRawQuery() == null ? "" : "?…");
        } catch (java.net.URISyntaxException e) {
            return "(unparsable URL)";
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
