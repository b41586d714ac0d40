package ai.speckitty.auth.adapters.http;

import ai.speckitty.auth.adapters.http.json.Json;
import ai.speckitty.auth.adapters.http.json.OAuthErrorJson;
import ai.speckitty.auth.domain.server.ServerFailure;
import java.util.Optional;
import java.util.regex.Pattern;

/** The {@code error} of an OAuth error envelope (never {@code error_code}), kept only when it looks like an error name. */
record OAuthError(Optional<String> error, Optional<Double> retryAfter) {
    /** RFC 6749 error names are short printable ASCII; anything else is not echoed anywhere. */
    private static final Pattern ERROR_NAME = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    static OAuthError of(Json json, byte[] body) {
        Optional<OAuthErrorJson> parsed = json.read(body, OAuthErrorJson.class);
        Optional<String> error = parsed.map(OAuthErrorJson::error).filter(e -> ERROR_NAME.matcher(e).matches());
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
