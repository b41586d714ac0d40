package ai.speckitty.auth.adapters.http;

import ai.speckitty.auth.adapters.http.json.Json;
import ai.speckitty.auth.adapters.http.json.OAuthErrorJson;
import ai.speckitty.auth.domain.server.ServerFailure;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The {@code error} of an OAuth error envelope (never {@code error_code}), kept only when it looks
 * like an error name and does not echo a secret the request carried.
 */
record OAuthError(Optional<String> error, Optional<Double> retryAfter) {
    /** Every error name of the contract is lower snake_case; anything else is not echoed anywhere. */
    /** A longer wait than a day is not believed (and not shown). */
    private static final double MAX_RETRY_AFTER_SECONDS = 86_400;
    private static final Pattern ERROR_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    static OAuthError of(Json json, Reply.Answer answer) {
        Optional<OAuthErrorJson> parsed = json.read(answer.body(), OAuthErrorJson.class);
        Optional<String> error = parsed.map(OAuthErrorJson::error)
                .filter(e -> ERROR_NAME.matcher(e).matches() && !answer.echoesASecret(e));
        return new OAuthError(error, parsed.map(OAuthErrorJson::retryAfter));
    }

    boolean is(String name) {
        return error.filter(name::equals).isPresent();
    }

    /** A 429 or 503 keeps when to try again: {@code retry_after} from the body, else the header. */
    ServerFailure failure(int status, Reply.Answer answer) {
        OptionalLong retryAfter = OptionalLong.empty();
        if (status == 429 || status == 503) {
            Optional<Double> seconds = this.retryAfter.or(() -> answer.header("Retry-After").flatMap(OAuthError::number));
            retryAfter = seconds.filter(d -> !d.isNaN() && d >= 0 && d <= MAX_RETRY_AFTER_SECONDS)
                    .map(d -> OptionalLong.of((long) Math.ceil(d))).orElse(OptionalLong.empty());
        }
        return new ServerFailure.HttpStatus(status, error, retryAfter);
    }

    private static Optional<Double> number(String text) {
        try {
            return Optional.of(Double.parseDouble(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** 4xx other than 429 carrying an error name: the server refused, as opposed to failed. */
    static boolean refusalStatus(int status) {
        return status >= 400 && status < 500 && status != 429;
    }
}
