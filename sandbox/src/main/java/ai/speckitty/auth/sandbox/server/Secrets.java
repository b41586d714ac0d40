package ai.speckitty.auth.sandbox.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random token values and the hashes the sandbox needs. Tokens carry a recognisable prefix
 * ({@code sbx_at_}, {@code sbx_rt_}, ...) so leak checks can search any output for it.
 */
public final class Secrets {

    public static final String ACCESS_PREFIX = "sbx_at_";
    public static final String REFRESH_PREFIX = "sbx_rt_";
    public static final String CODE_PREFIX = "sbx_ac_";
    public static final String DEVICE_CODE_PREFIX = "sbx_dc_";

    /** RFC 8628 §6.1: no vowels, no easily confused characters. */
    private static final String USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** A prefix plus 32 random bytes in unpadded base64url. */
    public static String token(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sessionId() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        return "sess_" + HexFormat.of().formatHex(bytes);
    }

    /** Eight characters, raw (no dash): the client groups them by four. */
    public static String userCode() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(USER_CODE_ALPHABET.charAt(RANDOM.nextInt(USER_CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** The PKCE S256 challenge of a verifier: unpadded base64url of SHA-256 over its ASCII bytes. */
    public static String s256(String verifier) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A short, stable stand-in for a secret value: {@code sha256:} plus 12 hex digits. */
    public static String fingerprint(String value) {
        return "sha256:" + HexFormat.of().formatHex(sha256(value.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
