package ai.speckitty.auth.adapters.http;

import ai.speckitty.auth.adapters.http.json.Json;
import ai.speckitty.auth.adapters.http.json.OAuthErrorJson;
import ai.speckitty.auth.domain.server.ServerFailure;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code error} of an OAuth error envelope (never {@code error_code}), kept only when it looks
 * like an error name and does not echo a secret the request carried.
 */
record OAuthError(Optional<String> error, Optional<Double> retryAfter) {
    /** Every error name of the contract is lower snake_case; anything else is not echoed anywhere. */
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

    ServerFailure failure(int status) {
        return new ServerFailure.HttpStatus(status, error);
    }

    /** 4xx other than 429 carrying an error name: the server refused, as opposed to failed. */
    static boolean refusalStatus(int status) {
        return status >= 400 && status < 500 && status != 429;
    }
}
