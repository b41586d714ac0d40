package ai.speckitty.auth.sandbox.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Response and request helpers shared by the endpoints. */
final class Responses {

    static final String CLIENT_ID = "cli_native";
    static final String SCOPE = "offline_access";

    private Responses() {
    }

    /** The OAuth error envelope of SPEC §2 (descriptions never echo a value). */
    static ResponseDefinitionBuilder oauthError(int status, String error, String description) {
        return noStore(json(status, JsonBodies.fields("error", error, "error_description", description)));
    }

    static ResponseDefinitionBuilder json(int status, Map<String, Object> body) {
        return text(status, "application/json", JsonBodies.write(body));
    }

    static ResponseDefinitionBuilder text(int status, String contentType, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body);
    }

    static ResponseDefinitionBuilder redirect(int status, String location) {
        return aResponse().withStatus(status).withHeader("Location", location);
    }

    static ResponseDefinitionBuilder noStore(ResponseDefinitionBuilder response) {
        return response.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    }

    static ResponseDefinitionBuilder notFound() {
        return oauthError(404, "not_found", "No such endpoint on the sandbox.");
    }

    static ResponseDefinitionBuilder methodNotAllowed(String allowed) {
        return oauthError(405, "method_not_allowed", "Use " + allowed + ".").withHeader("Allow", allowed);
    }

    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** True when the space-separated scope list contains {@code offline_access}. */
    static boolean hasOfflineAccess(String scope) {
        return scope != null && List.of(scope.trim().split(" +")).contains(SCOPE);
    }

    /** A form body, checked the way the {@code /oauth/*} endpoints require (SPEC §2). */
    record Form(Map<String, String> fields, ResponseDefinitionBuilder error) {

        static Form of(Call call) {
            if (!call.isForm()) {
                return failed("The body must be application/x-www-form-urlencoded.");
            }
            if (call.headerCount("authorization") > 0) {
                return failed("A public client sends no Authorization header.");
            }
            Map<String, List<String>> parsed;
            try {
                parsed = call.form();
            } catch (IllegalArgumentException malformed) {
                return failed("The form body is malformed.");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> field : parsed.entrySet()) {
                if (field.getValue().size() != 1) {
                    return failed("Parameter repeated: " + field.getKey() + ".");
                }
                fields.put(field.getKey(), field.getValue().get(0));
            }
            return new Form(fields, null);
        }

        private static Form failed(String description) {
            return new Form(Map.of(), oauthError(400, "invalid_request", description));
        }

        String get(String name) {
            return fields.get(name);
        }

        /** An invalid_request answer when a required field is missing or empty, else null. */
        ResponseDefinitionBuilder require(String... names) {
            for (String name : names) {
                String value = fields.get(name);
                if (value == null || value.isEmpty()) {
                    return oauthError(400, "invalid_request", "Missing parameter: " + name + ".");
                }
            }
            return null;
        }

        /** An invalid_request answer when any field other than these is present, else null. */
        ResponseDefinitionBuilder onlyThese(String... names) {
            List<String> allowed = List.of(names);
            for (String name : fields.keySet()) {
                if (!allowed.contains(name)) {
                    return oauthError(400, "invalid_request", "Unexpected parameter: " + name + ".");
                }
            }
            return null;
        }
    }
}
