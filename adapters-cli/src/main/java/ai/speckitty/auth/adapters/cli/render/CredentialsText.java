package ai.speckitty.auth.adapters.cli.render;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.UnreadableKind;

/** The one wording of a credentials file that exists but cannot be used (unreadable, or newer). */
public final class CredentialsText {
    private CredentialsText() {}

    /** What is wrong with an unreadable file: a sentence ending in a colon, the path follows. */
    public static String unreadable(String reason) {
        return "The credentials file cannot be read (" + reason + "):";
    }

    /** What a newer file is, when its schema is not known: a sentence ending in a colon, the path follows. */
    public static final String NEWER_HEADLINE = "The credentials file was written by a newer version of spec-kitty:";

    /** What a newer file is: a sentence ending in a colon, the path follows. */
    public static String newerVersion(long schemaVersion) {
        return NEWER_HEADLINE.replace(":", " (schema " + schemaVersion + "):");
    }

    /** How to sign in again over an unreadable credentials path. */
    public static String remedy(UnreadableKind kind) {
        return switch (kind) {
            case DAMAGED_FILE -> "Run `spec-kitty auth login --force` to sign in again; the old file is kept aside.";
            case NOT_A_REGULAR_FILE -> "Remove or rename it, then run `spec-kitty auth login` "
                    + "(spec-kitty never removes what it did not write).";
        };
    }

    /** What to do about a newer file. */
    public static final String NEWER_REMEDY = "It was left unchanged. Use the newer spec-kitty that wrote it.";

    /** The whole message for an unreadable or newer file. */
    public static Message of(SessionRead read) {
        if (read instanceof SessionRead.Unreadable u) {
            return unreadable(u.location(), u.reason(), u.kind());
        }
        if (read instanceof SessionRead.FromNewerVersion n) {
            return newerVersion(n.location(), n.schemaVersion());
        }
        throw new IllegalArgumentException("the file is usable");
    }

    public static Message unreadable(String location, String reason, UnreadableKind kind) {
        return Message.failure(unreadable(reason)).path(location).hint("It was left unchanged.").hint(remedy(kind));
    }

    public static Message newerVersion(String location, long schemaVersion) {
        return Message.failure(newerVersion(schemaVersion)).path(location).hint(NEWER_REMEDY);
    }
}
