package ai.speckitty.auth.domain.session;

/**
 * What a value that came from a server or a file may look like before it is stored, sent in a
 * header or shown: tokens are RFC 6750 {@code b64token}s, codes and ids visible ASCII, each with a
 * length limit, so no such value can break a header, a TOML line or a terminal.
 */
public final class WireSyntax {
    /** Longest access or refresh token accepted (real ones are a few hundred characters). */
    public static final int MAX_TOKEN_LENGTH = 4096;
    /** Longest authorization or device code accepted. */
    public static final int MAX_CODE_LENGTH = 2048;
    /** Longest session id accepted. */
    public static final int MAX_SESSION_ID_LENGTH = 256;
    /** Longest user code accepted (RFC 8628 codes are meant to be typed). */
    public static final int MAX_USER_CODE_LENGTH = 64;

    private WireSyntax() {}

    /** RFC 6750 §2.1 {@code b64token}: {@code 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="}. */
    public static boolean isToken(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_TOKEN_LENGTH) {
            return false;
        }
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == '=') {
            end--;
        }
        if (end == 0) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            if (!isTokenChar(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** An authorization or device code: visible ASCII (RFC 6749 VSCHAR without space). */
    public static boolean isCode(String value) {
        return isVisibleAscii(value, MAX_CODE_LENGTH);
    }

    /** A session id: visible ASCII. */
    public static boolean isSessionId(String value) {
        return isVisibleAscii(value, MAX_SESSION_ID_LENGTH);
    }

    /** A user code to be typed on another device: visible ASCII. */
    public static boolean isUserCode(String value) {
        return isVisibleAscii(value, MAX_USER_CODE_LENGTH);
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }

    private static boolean isVisibleAscii(String value, int maxLength) {
        if (value == null || value.isEmpty() || value.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
