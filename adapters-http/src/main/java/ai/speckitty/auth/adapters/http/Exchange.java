package ai.speckitty.auth.adapters.http;

import ai.speckitty.auth.adapters.http.transport.TransportProblems;
import feign.FeignException;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Runs one Feign call exactly once and reads its whole body, turning any transport failure into a value. */
final class Exchange {
    /** Bodies of this contract are small; anything bigger is cut (and then fails to parse). */
    private static final int MAX_BODY_BYTES = 1 << 20;

    private Exchange() {}

    /** {@code sentSecrets}: the token, code or verifier values in the request. */
    static Reply send(List<String> sentSecrets, Supplier<Response> call) {
        try (Response response = call.get()) {
            Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(response.headers());
            return new Reply.Answer(response.status(), bodyOf(response), headers, sentSecrets);
        } catch (FeignException | IOException e) {
            return new Reply.Lost(TransportProblems.classify(e));
        }
    }

    private static byte[] bodyOf(Response response) throws IOException {
        if (response.body() == null) {
            return new byte[0];
        }
        try (InputStream in = response.body().asInputStream()) {
            return in.readNBytes(MAX_BODY_BYTES);
        }
    }
}
