package ai.speckitty.auth.adapters.cli.render;

import ai.speckitty.auth.application.login.LoginDetail;
import ai.speckitty.auth.application.login.LoginResult;
import java.util.Optional;

/**
 * The one wording of each reason a login failed (SPEC §4.6); the failure's detail (an OAuth error
 * code, a status) is a technical detail shown only with {@code --debug}, except where it is a path.
 */
public final class LoginText {
    private static final String TRY_AGAIN = "Run `spec-kitty auth login` to try again.";

    private LoginText() {}

    public static Message failure(LoginResult.Failed failed, boolean debug) {
        Message message = switch (failed.failure()) {
            case DENIED -> Message.failure("Sign-in was denied.").hint(TRY_AGAIN);
            case EXPIRED -> Message.failure("Sign-in was not completed in time.").hint(TRY_AGAIN);
            case REFUSED -> Message.failure("The server refused the sign-in request.")
                    .hint("Check the server URL; if it is right, tell your administrator.");
            case SERVER_FAILURE -> Message.failure("The server failed during sign-in.")
                    .hint("Try again in a few minutes, or run `spec-kitty auth login --headless`.");
            case NO_TEAMS -> Message.failure("Your account is not a member of any team.")
                    .hint("Ask your administrator to add you to a team, then sign in again.");
            case LISTENER_FAILED -> Message.failure("Could not wait for the browser's answer on this machine.")
                    .hint("Run `spec-kitty auth login --headless` to sign in with a code instead.");
            case CREDENTIALS_FROM_NEWER_VERSION -> withLocation(Message.failure(CredentialsText.NEWER_HEADLINE),
                    failed.detail()).hint(CredentialsText.NEWER_REMEDY);
            case LOCK_BUSY -> Message.failure("Signed in, but the new session could not be stored: "
                    + "another spec-kitty process is using the credentials file.").hint(TRY_AGAIN);
            case STORE_FAILURE -> withStoreAccount(Message.failure("Signed in, but the new session could not be saved."),
                    failed.detail()).hint("Run `spec-kitty auth doctor` to check the credentials directory.");
        };
        return debug ? technical(failed.detail()).map(t -> message.hint("debug: " + t)).orElse(message) : message;
    }

    /** The protocol-level facts, for {@code --debug} only: raw OAuth codes and statuses live here. */
    private static Optional<String> technical(LoginDetail detail) {
        if (detail instanceof LoginDetail.OAuthError oauth) {
            return Optional.of("OAuth error " + oauth.code());
        }
        if (detail instanceof LoginDetail.Server server) {
            return Optional.of(server.failure().brief());
        }
        if (detail instanceof LoginDetail.NoCallback none) {
            return Optional.of("no browser callback within " + none.waited().toSeconds() + " s");
        }
        if (detail instanceof LoginDetail.UnusableCallbackCode) {
            return Optional.of("the callback's authorization code is not valid");
        }
        if (detail instanceof LoginDetail.NewTokenNotAccepted) {
            return Optional.of("/api/v1/me did not accept the new access token");
        }
        if (detail instanceof LoginDetail.NoLoopbackPort) {
            return Optional.of("no loopback port could be opened");
        }
        return Optional.empty();
    }

    private static Message withLocation(Message message, LoginDetail detail) {
        return detail instanceof LoginDetail.Credentials credentials ? message.path(credentials.location()) : message;
    }

    private static Message withStoreAccount(Message message, LoginDetail detail) {
        return detail instanceof LoginDetail.StoreError store ? message.hint(store.account()) : message;
    }
}
