package ai.speckitty.auth.adapters.http;

import ai.speckitty.auth.adapters.http.json.DeviceJson;
import ai.speckitty.auth.adapters.http.json.Json;
import ai.speckitty.auth.domain.login.CodeExchangeResult;
import ai.speckitty.auth.domain.login.DeviceAuthorization;
import ai.speckitty.auth.domain.login.DeviceAuthorizationResult;
import ai.speckitty.auth.domain.login.DeviceCode;
import ai.speckitty.auth.domain.login.DevicePollResult;
import ai.speckitty.auth.domain.refresh.RefreshResult;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.session.WireSyntax;
import java.time.Duration;
import java.util.Optional;

/** Maps the answers of {@code /oauth/device} and {@code /oauth/token} onto the domain's results (SPEC §2.2–2.3). */
final class TokenAnswers {
    static final String BENIGN_REPLAY = "refresh_replay_benign_retry";
    static final int MAX_RETRY_AFTER_SECONDS = 5;

    private final Json json;

    TokenAnswers(Json json) {
        this.json = json;
    }

    /** One row of the SPEC §2.3 refresh table per branch. */
    RefreshResult refresh(Reply reply) {
        if (reply instanceof Reply.Unusable unusable) {
            return new RefreshResult.Failed(unusable.failure());
        }
        Reply.Answer answer = (Reply.Answer) reply;
        int status = answer.status();
        if (status == 200) {
            TokenGrants.Parsed parsed = TokenGrants.parse(json, answer, false);
            return parsed.grant().<RefreshResult>map(RefreshResult.Rotated::new)
                    .orElseGet(() -> new RefreshResult.Failed(parsed.failure()));
        }
        OAuthError error = OAuthError.of(json, answer);
        if (status == 409 && error.is(BENIGN_REPLAY)) {
            return new RefreshResult.ReplayDetected(retryAfterSeconds(error, answer));
        }
        if ((status == 400 || status == 401) && (error.is("invalid_grant") || error.is("session_invalid"))) {
            return new RefreshResult.Rejected(error.error().orElseThrow());
        }
        return new RefreshResult.Failed(error.failure(status, answer));
    }

    DevicePollResult devicePoll(Reply reply) {
        if (reply instanceof Reply.Unusable unusable) {
            return new DevicePollResult.Failed(unusable.failure());
        }
        Reply.Answer answer = (Reply.Answer) reply;
        if (answer.status() == 200) {
            TokenGrants.Parsed parsed = TokenGrants.parse(json, answer, true);
            return parsed.grant().<DevicePollResult>map(DevicePollResult.Granted::new)
                    .orElseGet(() -> new DevicePollResult.Failed(parsed.failure()));
        }
        OAuthError error = OAuthError.of(json, answer);
        if (!OAuthError.refusalStatus(answer.status()) || error.error().isEmpty()) {
            return new DevicePollResult.Failed(error.failure(answer.status(), answer));
        }
        String name = error.error().get();
        return switch (name) {
            case "authorization_pending" -> new DevicePollResult.Pending();
            case "slow_down" -> new DevicePollResult.SlowDown();
            case "access_denied" -> new DevicePollResult.Denied();
            case "expired_token" -> new DevicePollResult.Expired();
            default -> new DevicePollResult.Refused(name);
        };
    }

    CodeExchangeResult codeExchange(Reply reply) {
        if (reply instanceof Reply.Unusable unusable) {
            return new CodeExchangeResult.Failed(unusable.failure());
        }
        Reply.Answer answer = (Reply.Answer) reply;
        if (answer.status() == 200) {
            TokenGrants.Parsed parsed = TokenGrants.parse(json, answer, true);
            return parsed.grant().<CodeExchangeResult>map(CodeExchangeResult.Granted::new)
                    .orElseGet(() -> new CodeExchangeResult.Failed(parsed.failure()));
        }
        OAuthError error = OAuthError.of(json, answer);
        if (OAuthError.refusalStatus(answer.status()) && error.error().isPresent()) {
            return new CodeExchangeResult.Refused(error.error().get());
        }
        return new CodeExchangeResult.Failed(error.failure(answer.status(), answer));
    }

    DeviceAuthorizationResult deviceAuthorization(Reply reply) {
        if (reply instanceof Reply.Unusable unusable) {
            return new DeviceAuthorizationResult.Failed(unusable.failure());
        }
        Reply.Answer answer = (Reply.Answer) reply;
        if (answer.status() != 200) {
            OAuthError error = OAuthError.of(json, answer);
            if (OAuthError.refusalStatus(answer.status()) && error.error().isPresent()) {
                return new DeviceAuthorizationResult.Refused(error.error().get());
            }
            return new DeviceAuthorizationResult.Failed(error.failure(answer.status(), answer));
        }
        Optional<DeviceJson> read = json.read(answer.body(), DeviceJson.class);
        if (read.isEmpty()) {
            return malformedDevice("the body is not the device authorization JSON object");
        }
        DeviceJson d = read.get();
        if (blank(d.deviceCode()) || blank(d.userCode()) || blank(d.verificationUri())) {
            return malformedDevice("device_code, user_code or verification_uri is missing");
        }
        if (!WireSyntax.isCode(d.deviceCode())) {
            return malformedDevice("device_code is not a code (visible ASCII, at most " + WireSyntax.MAX_CODE_LENGTH + " characters)");
        }
        if (!WireSyntax.isUserCode(d.userCode())) {
            return malformedDevice("user_code is not a user code (visible ASCII, at most "
                    + WireSyntax.MAX_USER_CODE_LENGTH + " characters)");
        }
        Optional<String> complete = Optional.ofNullable(d.verificationUriComplete()).filter(s -> !s.isBlank());
        if (!AnswerLimits.isVerificationUri(d.verificationUri())) {
            return malformedDevice("verification_uri" + AnswerLimits.NOT_AN_HTTPS_URL);
        }
        if (complete.isPresent() && !AnswerLimits.isVerificationUri(complete.get())) {
            return malformedDevice("verification_uri_complete" + AnswerLimits.NOT_AN_HTTPS_URL);
        }
        if (d.expiresIn() != null && d.expiresIn() > AnswerLimits.MAX_DEVICE_SECONDS) {
            return malformedDevice("expires_in is more than " + AnswerLimits.MAX_DEVICE_SECONDS + " seconds");
        }
        if (d.interval() != null && d.interval() > AnswerLimits.MAX_DEVICE_SECONDS) {
            return malformedDevice("interval is more than " + AnswerLimits.MAX_DEVICE_SECONDS + " seconds");
        }
        return new DeviceAuthorizationResult.Started(new DeviceAuthorization(
                new DeviceCode(d.deviceCode()),
                d.userCode(),
                d.verificationUri(),
                complete,
                seconds(d.expiresIn(), DeviceAuthorization.DEFAULT_EXPIRES_IN),
                seconds(d.interval(), DeviceAuthorization.DEFAULT_INTERVAL)));
    }

    /** {@code retry_after} from the body, else the {@code Retry-After} header; default 0, clamped to 0–5. */
    private static int retryAfterSeconds(OAuthError error, Reply.Answer answer) {
        Optional<Double> seconds = error.retryAfter().or(() -> answer.header("Retry-After").flatMap(TokenAnswers::number));
        double value = seconds.filter(d -> !d.isNaN()).orElse(0.0);
        return (int) Math.max(0, Math.min(MAX_RETRY_AFTER_SECONDS, Math.ceil(value)));
    }

    private static Optional<Double> number(String text) {
        try {
            return Optional.of(Double.parseDouble(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Duration seconds(Long value, Duration fallback) {
        return value == null || value <= 0 ? fallback : Duration.ofSeconds(value);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static DeviceAuthorizationResult malformedDevice(String what) {
        return new DeviceAuthorizationResult.Failed(new ServerFailure.MalformedAnswer(200, what));
    }
}
