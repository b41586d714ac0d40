package ai.speckitty.auth.adapters.http;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns fuzzer bytes into a server answer, readable in a seed file: line 1 the status, line 2 one
 * header ({@code Name: value}), the rest the body. Any bytes make some answer.
 */
final class FuzzedAnswer {
    /** The secret every fuzzed request "carried"; seeds echo it back in every place they can. */
    static final String SENT_SECRET = "sentSecretValue123";

    private FuzzedAnswer() {}

    /** An answer to a request that carried {@link #SENT_SECRET}. */
    static Reply.Answer from(byte[] data) {
        return from(data, List.of(SENT_SECRET));
    }

    static Reply.Answer from(byte[] data, List<String> sentSecrets) {
        int firstBreak = indexOf(data, 0);
        int secondBreak = firstBreak < 0 ? -1 : indexOf(data, firstBreak + 1);
        String statusLine = text(data, 0, firstBreak < 0 ? data.length : firstBreak);
        String headerLine = firstBreak < 0 ? "" : text(data, firstBreak + 1, secondBreak < 0 ? data.length : secondBreak);
        byte[] body = secondBreak < 0 ? new byte[0] : Arrays.copyOfRange(data, secondBreak + 1, data.length);
        return new Reply.Answer(status(statusLine), body, headers(headerLine), sentSecrets);
    }

    /** Whatever a result is, printing it must not carry what the request sent. */
    static void assertNoSecretIn(Object result) {
        assertFalse(String.valueOf(result).contains(SENT_SECRET), "a result's toString() carries the sent secret");
    }

    private static int status(String line) {
        String digits = line.strip();
        if (digits.matches("[0-9]{1,3}")) {
            return Integer.parseInt(digits);
        }
        return 200;
    }

    private static Map<String, Collection<String>> headers(String line) {
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int colon = line.indexOf(':');
        if (colon > 0) {
            headers.put(line.substring(0, colon).strip(), List.of(line.substring(colon + 1)));
        }
        return headers;
    }

    private static int indexOf(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String text(byte[] data, int from, int to) {
        return new String(data, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
