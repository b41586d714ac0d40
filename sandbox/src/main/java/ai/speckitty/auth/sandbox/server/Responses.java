package ai.speckitty.auth.sandbox.server;

import ai.speckitty.auth.sandbox.http.HttpRequest;
import ai.speckitty.auth.sandbox.http.HttpResponse;
import ai.speckitty.auth.sandbox.http.UrlForm;
import ai.speckitty.auth.sandbox.json.Json;
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
    static HttpResponse oauthError(int status, String error, String description) {
        return noStore(HttpResponse.json(status, Json.object().put("error", error).put("error_description", description).toString()));
    }

    static HttpResponse json(int status, Json.ObjectBuilder body) {
        return HttpResponse.json(status, body.toString());
    }

    static HttpResponse noStore(HttpResponse response) {
        return response.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    }

    static HttpResponse notFound() {
        return oauthError(404, "not_found", "No such endpoint on the sandbox.");
    }

    static HttpResponse methodNotAllowed(String allowed) {
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
    record Form(Map<String, String> fields, HttpResponse error) {

        static Form of(HttpRequest request) {
            if (!request.isForm()) {
                return failed("The body must be application/x-www-form-urlencoded.");
            }
            if (request.headerCount("authorization") > 0) {
                return failed("A public client sends no Authorization header.");
            }
            Map<String, List<String>> parsed;
            try {
                parsed = UrlForm.parse(request.bodyText());
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
        HttpResponse require(String... names) {
            for (String name : names) {
                String value = fields.get(name);
                if (value == null || value.isEmpty()) {
                    return oauthError(400, "invalid_request", "Missing parameter: " + name + ".");
                }
            }
            return null;
        }

        /** An invalid_request answer when any field other than these is present, else null. */
        HttpResponse onlyThese(String... names) {
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
