package ai.speckitty.auth.embedding;

import ai.speckitty.auth.application.login.LoginResult;
import ai.speckitty.auth.application.port.Browser;
import java.util.Objects;
import java.util.Optional;

/** What a login tells its front end as it goes, in order; values a GUI renders, never sentences. */
public sealed interface LoginEvent {

    /** The sign-in page to open; the browser was asked to open it, and showing it lets the user do it by hand. */
    record OpenUrl(String url) implements LoginEvent {
        public OpenUrl {
            Objects.requireNonNull(url, "url");
        }
    }

    /** The browser could not be launched; the URL still works. */
    record BrowserLaunchFailed() implements LoginEvent {}

    /** No browser can be opened here, so the device flow was chosen. */
    record DeviceFlowChosen(Browser.Unavailable why) implements LoginEvent {
        public DeviceFlowChosen {
            Objects.requireNonNull(why, "why");
        }
    }

    /** The code the user enters at {@code verificationUri} (never the device code, which stays secret). */
    record EnterCode(String userCode, String verificationUri, Optional<String> verificationUriComplete)
            implements LoginEvent {
        public EnterCode {
            Objects.requireNonNull(userCode, "userCode");
            Objects.requireNonNull(verificationUri, "verificationUri");
            Objects.requireNonNull(verificationUriComplete, "verificationUriComplete");
        }
    }

    /** The login now waits for the user (once per login). */
    record Waiting() implements LoginEvent {}

    /** The login failed unexpectedly (a bug; {@link LoginHandle#await()} throws it): the last event then, instead of {@link Done}. */
    record Crashed(String errorType) implements LoginEvent {
        public Crashed {
            Objects.requireNonNull(errorType, "errorType");
        }
    }

    /** The login ended; the same result {@link LoginHandle#await()} returns. Always the last event, unless {@link Crashed}. */
    record Done(LoginResult result) implements LoginEvent {
        public Done {
            Objects.requireNonNull(result, "result");
        }
    }
}
