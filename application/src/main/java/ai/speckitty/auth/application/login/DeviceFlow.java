package ai.speckitty.auth.application.login;

import ai.speckitty.auth.application.port.AuthServer;
import ai.speckitty.auth.application.port.Pause;
import ai.speckitty.auth.domain.login.DeviceAuthorization;
import ai.speckitty.auth.domain.login.DeviceAuthorizationResult;
import ai.speckitty.auth.domain.login.DevicePollResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The RFC 8628 device flow: wait one interval before each poll, +5 s for good on {@code slow_down},
 * transport errors and 5xx retried with a doubling wait (up to 30 s) for that error only.
 */
final class DeviceFlow {
    static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);
    static final Duration MAX_ERROR_BACKOFF = Duration.ofSeconds(30);
    private static final Duration MIN_ERROR_WAIT = Duration.ofMillis(500);

    private final Pause pause;
    private final Clock clock;

    DeviceFlow(Pause pause, Clock clock) {
        this.pause = pause;
        this.clock = clock;
    }

    Obtained run(AuthServer server, LoginProgress progress) throws InterruptedException {
        DeviceAuthorizationResult started = server.startDeviceAuthorization();
        if (started instanceof DeviceAuthorizationResult.Refused refused) {
            return Obtained.failed(LoginFailure.REFUSED, new LoginDetail.OAuthError(refused.error()));
        }
        if (started instanceof DeviceAuthorizationResult.Failed failed) {
            return Obtained.failed(LoginFailure.SERVER_FAILURE, new LoginDetail.Server(failed.failure()));
        }
        DeviceAuthorization authorization = ((DeviceAuthorizationResult.Started) started).authorization();
        progress.deviceCode(authorization);
        Instant deadline = clock.instant().plus(authorization.expiresIn());
        Duration interval = authorization.interval();
        Duration errorWait = Duration.ZERO;
        while (true) {
            Duration wait = errorWait.isZero() ? interval : errorWait;
            if (!clock.instant().plus(wait).isBefore(deadline)) {
                return Obtained.failed(LoginFailure.EXPIRED, new LoginDetail.None());
            }
            progress.stillWaiting();
            pause.sleep(wait);
            DevicePollResult poll = server.pollDeviceToken(authorization.deviceCode());
            if (poll instanceof DevicePollResult.Granted granted) {
                return Obtained.granted(granted.grant());
            }
            if (poll instanceof DevicePollResult.Failed) {
                errorWait = errorWait.isZero() ? max(interval, MIN_ERROR_WAIT).multipliedBy(2) : errorWait.multipliedBy(2);
                errorWait = errorWait.compareTo(MAX_ERROR_BACKOFF) > 0 ? MAX_ERROR_BACKOFF : errorWait;
                continue;
            }
            errorWait = Duration.ZERO;
            if (poll instanceof DevicePollResult.SlowDown) {
                interval = interval.plus(SLOW_DOWN_STEP);
            } else if (poll instanceof DevicePollResult.Denied) {
                return Obtained.failed(LoginFailure.DENIED, new LoginDetail.OAuthError("access_denied"));
            } else if (poll instanceof DevicePollResult.Expired) {
                return Obtained.failed(LoginFailure.EXPIRED, new LoginDetail.OAuthError("expired_token"));
            } else if (poll instanceof DevicePollResult.Refused refused) {
                return Obtained.failed(LoginFailure.REFUSED, new LoginDetail.OAuthError(refused.error()));
            }
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
