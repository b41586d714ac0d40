package ai.speckitty.auth.adapters.http.wire;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding of everything but the unreserved characters, used for form bodies and
 * the authorize query alike; stricter than {@code URLEncoder} (space becomes {@code %20}, not
 * {@code +}), which every form decoder accepts.
 */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {}

    /** The UTF-8 bytes of {@code value}, unreserved characters kept, all others as {@code %XX}. */
    public static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
