package ai.speckitty.auth.domain.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/** A PKCE code verifier (RFC 7636) and its S256 challenge; the verifier never appears in {@code toString()}. */
public record PkceVerifier(String value) {
    public PkceVerifier {
        Objects.requireNonNull(value, "value");
        if (value.length() < 43 || value.length() > 128 || !value.matches("[A-Za-z0-9._~-]+")) {
            throw new IllegalArgumentException("a PKCE verifier is 43 to 128 unreserved characters");
        }
    }

    /** A verifier from 32 random bytes, base64url without padding (43 characters). */
    public static PkceVerifier fromRandomBytes(byte[] randomBytes) {
        if (randomBytes.length != 32) {
            throw new IllegalArgumentException("a PKCE verifier is made from 32 random bytes");
        }
        return new PkceVerifier(Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes));
    }

    /** The S256 challenge: base64url(SHA-256(verifier)) without padding. */
    public String s256Challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "PkceVerifier[redacted]";
    }
}
