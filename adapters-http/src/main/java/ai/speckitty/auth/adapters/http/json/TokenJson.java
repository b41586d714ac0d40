package ai.speckitty.auth.adapters.http.json;

/** A 200 answer of {@code /oauth/token} (SPEC §2.3); every field may be absent (null). */
public record TokenJson(
        String accessToken,
        String tokenType,
        Long expiresIn,
        String refreshToken,
        String sessionId,
        String scope,
        String refreshTokenExpiresAt,
        Long refreshTokenExpiresIn,
        Long generation) {

    @Override
    public String toString() {
        return "TokenJson[redacted]";
    }
}
