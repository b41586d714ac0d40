package ai.speckitty.auth.adapters.cli.render;

import ai.speckitty.auth.application.doctor.Finding;

/**
 * The one wording of each doctor finding (SPEC §4.8): a summary and a remedy per finding, built
 * from the facts it carries; doctor's text and its JSON both use these.
 */
public final class FindingText {
    private static final String LOGIN = "Run `spec-kitty auth login`.";

    private FindingText() {}

    public static String summary(Finding finding) {
        if (finding instanceof Finding.NoSession) {
            return "No session is stored.";
        }
        if (finding instanceof Finding.LockStuck f) {
            return "The refresh lock has been held for over 60 s by pid " + f.pid() + " on " + f.host() + ".";
        }
        if (finding instanceof Finding.LockOnOtherHost f) {
            return "The refresh lock record names another host: " + f.host() + " (pid " + f.pid() + ").";
        }
        if (finding instanceof Finding.CredentialsUnreadable f) {
            return CredentialsText.unreadable(f.reason()) + " " + f.location();
        }
        if (finding instanceof Finding.CredentialsFromNewerVersion f) {
            return CredentialsText.newerVersion(f.schemaVersion()) + " " + f.location();
        }
        if (finding instanceof Finding.PermissionsTooOpen f) {
            return PermissionText.summary(f.problem()) + " " + f.problem().location();
        }
        if (finding instanceof Finding.CannotRenew f) {
            return f.refreshTokenExpired()
                    ? "The refresh token has expired; the session cannot be renewed."
                    : "The access token has expired and there is no refresh token; the session cannot be renewed.";
        }
        if (finding instanceof Finding.ServerMismatch f) {
            return "The configured server " + f.configured().value() + " (from " + f.source().label()
                    + ") is not the session's server " + f.sessionUrl().value() + ".";
        }
        if (finding instanceof Finding.StaleLockRecord f) {
            return "The refresh lock is free but keeps a harmless record of pid " + f.pid() + " on " + f.host()
                    + ", which ended while holding it.";
        }
        return "The access token has expired; it is renewed on next use.";
    }

    public static String remedy(Finding finding) {
        if (finding instanceof Finding.NoSession || finding instanceof Finding.CannotRenew) {
            return LOGIN;
        }
        if (finding instanceof Finding.LockStuck f) {
            return "If process " + f.pid() + " on " + f.host() + " hangs, stop it; the lock frees itself when it exits.";
        }
        if (finding instanceof Finding.LockOnOtherHost) {
            return "Check whether another machine shares this home directory.";
        }
        if (finding instanceof Finding.CredentialsUnreadable f) {
            return CredentialsText.remedy(f.kind());
        }
        if (finding instanceof Finding.CredentialsFromNewerVersion) {
            return CredentialsText.NEWER_REMEDY;
        }
        if (finding instanceof Finding.PermissionsTooOpen f) {
            return PermissionText.remedy(f.problem());
        }
        if (finding instanceof Finding.ServerMismatch f) {
            return "Run `spec-kitty auth login` to sign in to " + f.configured().value() + ", or fix "
                    + f.source().label() + ".";
        }
        if (finding instanceof Finding.StaleLockRecord) {
            return "Optional: run `spec-kitty auth doctor --unstick-lock` to clear it.";
        }
        return "None needed.";
    }
}
