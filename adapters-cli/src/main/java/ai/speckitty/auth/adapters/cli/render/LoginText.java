package ai.speckitty.auth.adapters.cli.render;

import ai.speckitty.auth.application.login.LoginResult;

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
            case CREDENTIALS_FROM_NEWER_VERSION -> Message.failure(CredentialsText.NEWER_HEADLINE)
                    .path(failed.detail()).hint(CredentialsText.NEWER_REMEDY);
            case LOCK_BUSY -> Message.failure("Signed in, but the new session could not be stored: "
                    + "another spec-kitty process is using the credentials file.").hint(TRY_AGAIN);
            case STORE_FAILURE -> Message.failure("Signed in, but the new session could not be saved.")
                    .hint(failed.detail()).hint("Run `spec-kitty auth doctor` to check the credentials directory.");
        };
        boolean detailShown = switch (failed.failure()) {
            case CREDENTIALS_FROM_NEWER_VERSION, STORE_FAILURE -> true;
            default -> false;
        };
        return debug && !detailShown ? message.hint("debug: " + failed.detail()) : message;
    }
}
