package ai.speckitty.auth.adapters.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.login.LoginDetail;
import ai.speckitty.auth.application.login.LoginFailure;
import ai.speckitty.auth.application.login.LoginResult;
import ai.speckitty.auth.domain.server.ServerFailure;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A login failure's detail is data: the protocol facts in it reach the user only with --debug. */
class LoginTextTest {

    private static String printed(LoginFailure failure, LoginDetail detail, boolean debug) {
        StringWriter out = new StringWriter();
        LoginText.failure(new LoginResult.Failed(failure, detail), debug).print(new PrintWriter(out, true), Style.plain());
        return out.toString();
    }

    @Test
    void anOAuthCodeIsShownOnlyWithDebug() {
        assertFalse(printed(LoginFailure.DENIED, new LoginDetail.OAuthError("access_denied"), false).contains("access_denied"));
        assertTrue(printed(LoginFailure.DENIED, new LoginDetail.OAuthError("access_denied"), true)
                .endsWith("debug: OAuth error access_denied\n"));
    }

    @Test
    void aServerFailureShowsItsStatusOnlyWithDebug() {
        LoginDetail busy = new LoginDetail.Server(new ServerFailure.HttpStatus(503, Optional.of("temporarily_unavailable")));
        assertEquals("The server failed during sign-in.\n"
                + "Try again in a few minutes, or run `spec-kitty auth login --headless`.\n",
                printed(LoginFailure.SERVER_FAILURE, busy, false));
        assertTrue(printed(LoginFailure.SERVER_FAILURE, busy, true).contains("debug: HTTP 503"));
    }

    @Test
    void thePathOfANewerFileAndTheStoresAccountAreAlwaysShown() {
        assertTrue(printed(LoginFailure.CREDENTIALS_FROM_NEWER_VERSION, new LoginDetail.Credentials("/h/credentials"), false)
                .contains("\n  /h/credentials\n"));
        assertTrue(printed(LoginFailure.STORE_FAILURE, new LoginDetail.StoreError("Could not write /h/credentials: disk full"), false)
                .contains("Could not write /h/credentials: disk full\n"));
    }

    @Test
    void aTimeoutSaysHowLongItWaitedOnlyWithDebug() {
        LoginDetail waited = new LoginDetail.NoCallback(Duration.ofSeconds(300));
        assertFalse(printed(LoginFailure.EXPIRED, waited, false).contains("300"));
        assertTrue(printed(LoginFailure.EXPIRED, waited, true).endsWith("debug: no browser callback within 300 s\n"));
    }
}
