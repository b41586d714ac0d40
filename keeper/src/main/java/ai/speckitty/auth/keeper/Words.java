package ai.speckitty.auth.keeper;

import ai.speckitty.auth.application.login.LoginResult;
import ai.speckitty.auth.application.logout.LogoutResult;
import ai.speckitty.auth.application.status.SessionSummary;
import ai.speckitty.auth.application.status.StatusReport;
import ai.speckitty.auth.application.token.AccessTokenResult;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.embedding.LoginEvent;
import ai.speckitty.auth.embedding.SessionChange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The protocol's words for the embedding API's values, each written here once; never a token. */
final class Words {
    private Words() {}

    static String status(StatusReport report) {
        if (report instanceof StatusReport.Authenticated authenticated) {
            return "signed-in " + email(authenticated.session());
        }
        if (report instanceof StatusReport.SessionExpired expired) {
            return "expired " + email(expired.session());
        }
        if (report instanceof StatusReport.Unreadable) {
            return "unreadable";
        }
        if (report instanceof StatusReport.FromNewerVersion) {
            return "newer-version";
        }
        return "signed-out";
    }

    static String token(AccessTokenResult result) {
        if (result instanceof AccessTokenResult.Ready ready) {
            return "ready fingerprint=" + fingerprint(ready.accessToken()) + " refreshed=" + ready.refreshed();
        }
        return "failed " + failure(result);
    }

    /** Why no token came, as one word: the result's kind and its reason. */
    static String failure(AccessTokenResult result) {
        if (result instanceof AccessTokenResult.SessionExpired expired) {
            return "session-expired:" + word(expired.cause());
        }
        if (result instanceof AccessTokenResult.Unavailable unavailable) {
            return "unavailable:" + word(unavailable.problem());
        }
        if (result instanceof AccessTokenResult.CredentialsProblem) {
            return "credentials-problem";
        }
        if (result instanceof AccessTokenResult.HttpSetupFailed) {
            return "http-setup-failed";
        }
        return "not-authenticated";
    }

    static String loginEvent(LoginEvent event) {
        if (event instanceof LoginEvent.OpenUrl open) {
            return "url " + safe(open.url());
        }
        if (event instanceof LoginEvent.EnterCode code) {
            return "code " + safe(code.userCode()) + " " + safe(code.verificationUri());
        }
        if (event instanceof LoginEvent.DeviceFlowChosen chosen) {
            return "device-flow " + word(chosen.why());
        }
        if (event instanceof LoginEvent.BrowserLaunchFailed) {
            return "browser-failed";
        }
        if (event instanceof LoginEvent.Waiting) {
            return "waiting";
        }
        if (event instanceof LoginEvent.Crashed crashed) {
            return "crashed " + safe(crashed.errorType());
        }
        return "done " + loginResult(((LoginEvent.Done) event).result());
    }

    static String loginResult(LoginResult result) {
        if (result instanceof LoginResult.LoggedIn loggedIn) {
            return "logged-in " + safe(loggedIn.session().user().email().orElse("-"));
        }
        if (result instanceof LoginResult.AlreadyLoggedIn already) {
            return "already-logged-in " + safe(already.session().user().email().orElse("-"));
        }
        if (result instanceof LoginResult.Failed failed) {
            return "failed:" + word(failed.failure());
        }
        if (result instanceof LoginResult.Unreachable) {
            return "unreachable";
        }
        if (result instanceof LoginResult.StateDirectoryUnusable) {
            return "state-directory-unusable";
        }
        if (result instanceof LoginResult.HttpSetupFailed) {
            return "http-setup-failed";
        }
        return "cancelled";
    }

    static String logout(LogoutResult result) {
        return word(result.getClass().getSimpleName());
    }

    /** The kind of change and whose session it is now ({@code -} when there is none). */
    static String change(SessionChange change) {
        StatusReport status = change.status();
        String who = status instanceof StatusReport.Authenticated a ? email(a.session())
                : status instanceof StatusReport.SessionExpired e ? email(e.session()) : "-";
        return word(change.kind()) + " " + who;
    }

    /** Foreign text as one printable word: anything else (spaces, controls, non-ASCII) becomes {@code _}. */
    static String safe(String text) {
        StringBuilder word = new StringBuilder(text.length());
        text.codePoints().forEach(c -> word.append(c > ' ' && c < 0x7f ? (char) c : '_'));
        return word.isEmpty() ? "-" : word.toString();
    }

    private static String email(SessionSummary session) {
        return safe(session.email().orElse("-"));
    }

    /** FOO_BAR and FooBar both become foo-bar. */
    private static String word(Object value) {
        String name = value instanceof Enum<?> e ? e.name() : value.toString();
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(Locale.ROOT);
    }

    /** The first 12 hex digits of the token's SHA-256: tells tokens apart without showing one. */
    static String fingerprint(AccessToken token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.value().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
