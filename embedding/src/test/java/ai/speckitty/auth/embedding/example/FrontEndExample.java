package ai.speckitty.auth.embedding.example;

import ai.speckitty.auth.application.login.LoginResult;
import ai.speckitty.auth.application.status.StatusReport;
import ai.speckitty.auth.application.token.AccessTokenResult;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.embedding.LoginEvent;
import ai.speckitty.auth.embedding.LoginHandle;
import ai.speckitty.auth.embedding.LoginOptions;
import ai.speckitty.auth.embedding.SessionWatch;
import ai.speckitty.auth.embedding.SpecKittyAuth;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/** The README's "Use it from your own front end" example, verbatim between the markers; run by ReadmeExampleTest. */
final class FrontEndExample {
    private FrontEndExample() {}

    // README:begin
    static void keepSignedIn(Path home, String serverUrl, Consumer<String> show) throws InterruptedException {
        SpecKittyAuth auth = SpecKittyAuth.builder()
                .home(home).environment(Map.of("SPEC_KITTY_SAAS_URL", serverUrl)).build();
        try (SessionWatch watch = auth.watch(change -> show.accept("session " + change.kind()))) {
            if (auth.status() instanceof StatusReport.NotAuthenticated) {
                ServerUrl server = auth.server().resolved().orElseThrow();
                LoginHandle login = auth.login(server, LoginOptions.headlessLogin(), event -> {
                    if (event instanceof LoginEvent.EnterCode code) {
                        show.accept("Enter " + code.userCode() + " at " + code.verificationUri());
                    }
                }); // login.cancel() from any thread stops it: nothing stored, result Cancelled
                boolean signedIn = login.await() instanceof LoginResult.LoggedIn;
                show.accept("signed in: " + signedIn);
            }
            // Valid for at least 5 more minutes; any number of threads may ask at once.
            if (auth.accessToken(Duration.ofMinutes(5)) instanceof AccessTokenResult.Ready ready) {
                show.accept("token for " + ready.session().user().email().orElse("?"));
            }
        }
    }
    // README:end
}
