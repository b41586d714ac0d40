package ai.speckitty.auth.adapters.http.loopback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.CallbackResult;
import ai.speckitty.auth.domain.login.AuthorizationCode;
import ai.speckitty.auth.domain.session.WireSyntax;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fuzzes the callback's query string as the loopback handler reads it: parsing and choosing the
 * outcome never throw, a code is only taken when it is one, and a page never carries markup from it.
 */
class CallbackQueryFuzzTest {
    /** Our own page skeleton; whatever is left after removing it must hold no markup at all. */
    private static final Pattern TEMPLATE_TAGS =
            Pattern.compile("<!DOCTYPE html>|</?(html|head|body|title|h1|p)( lang=\"en\")?>|<meta charset=\"utf-8\">");

    @FuzzTest
    void parse(byte[] data) {
        String rawQuery = new String(data, StandardCharsets.UTF_8);

        Optional<Map<String, String>> parsed = QueryParameters.parse(rawQuery);

        parsed.ifPresent(CallbackQueryFuzzTest::checkOutcome);
    }

    private static void checkOutcome(Map<String, String> parameters) {
        parameters.forEach((name, value) -> assertNotNull(value, name));
        CallbackResult candidate = CallbackHandler.candidate(parameters);
        String error = parameters.get("error");
        String code = parameters.get("code");
        boolean hasError = error != null && !error.isBlank();
        boolean hasCode = code != null && !code.isBlank();
        assertEquals(!hasError && !hasCode, candidate == null, "no outcome exactly when there is neither error nor code");
        if (candidate instanceof CallbackResult.CodeReceived received) {
            assertTrue(WireSyntax.isCode(received.code().value()), "only a well-formed code is taken");
            assertEquals(new CallbackResult.CodeReceived(new AuthorizationCode("x")).toString(), received.toString(),
                    "the code is never printed");
        }
        if (candidate instanceof CallbackResult.UnusableCode) {
            assertFalse(WireSyntax.isCode(code), "a well-formed code is never turned away");
        }
        if (candidate instanceof CallbackResult.ErrorReceived received) {
            String page = CallbackPage.serverError(received.error(), received.description());
            assertFalse(TEMPLATE_TAGS.matcher(page).replaceAll("").contains("<"), "server text is escaped");
        }
    }
}
