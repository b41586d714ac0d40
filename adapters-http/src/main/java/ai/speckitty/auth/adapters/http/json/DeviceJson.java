package ai.speckitty.auth.adapters.http.json;

/** A 200 answer of {@code /oauth/device} (SPEC §2.2). */
public record DeviceJson(
        String deviceCode,
        String userCode,
        String verificationUri,
        String verificationUriComplete,
        Long expiresIn,
        Long interval) {

    @Override
    public String toString() {
        return "DeviceJson[redacted]";
    }
}
