package ai.speckitty.auth.domain.login;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** The server's answer to a device authorization request (SPEC §2.2, RFC 8628). */
public record DeviceAuthorization(
        DeviceCode deviceCode,
        String userCode,
        String verificationUri,
        Optional<String> verificationUriComplete,
        Duration expiresIn,
        Duration interval) {

    public static final Duration DEFAULT_EXPIRES_IN = Duration.ofSeconds(900);
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    public DeviceAuthorization {
        Objects.requireNonNull(deviceCode, "deviceCode");
        Objects.requireNonNull(userCode, "userCode");
        Objects.requireNonNull(verificationUri, "verificationUri");
        Objects.requireNonNull(verificationUriComplete, "verificationUriComplete");
        Objects.requireNonNull(expiresIn, "expiresIn");
        Objects.requireNonNull(interval, "interval");
    }
}
