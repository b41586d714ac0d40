package ai.speckitty.auth.adapters.cli.command;

import ai.speckitty.auth.adapters.cli.render.TerminalText;
import ai.speckitty.auth.adapters.cli.wiring.CliContext;
import ai.speckitty.auth.application.port.UnreadableKind;
import ai.speckitty.auth.application.status.StatusReport;

/** The stderr messages for a credentials file that exists but cannot be used. */
final class Unusable {
    private Unusable() {}

    /** Prints the message when the report is an unreadable or newer file; true when it did. */
    static boolean report(StatusReport report, CliContext context) {
        if (report instanceof StatusReport.Unreadable u) {
            context.err().println(TerminalText.safe("The credentials file " + u.location() + " cannot be read: " + u.reason() + "."));
            context.err().println("It was left unchanged. Run `spec-kitty auth doctor` for details; to sign in again, "
                    + nextStep(u.location(), u.kind()));
            return true;
        }
        if (report instanceof StatusReport.FromNewerVersion n) {
            context.err().println(TerminalText.safe("The credentials file " + n.location()
                    + " was written by a newer version of spec-kitty (schema_version " + n.schemaVersion()
                    + "); this version cannot use it and left it unchanged. Use that newer version."));
            return true;
        }
        return false;
    }

    /** How to sign in again over an unreadable credentials path: a clause that ends the sentence. */
    static String nextStep(String location, UnreadableKind kind) {
        return switch (kind) {
            case DAMAGED_FILE -> "run `spec-kitty auth login --force` (the old file is kept aside).";
            case NOT_A_REGULAR_FILE -> TerminalText.safe("remove or rename " + location
                    + ", then run `spec-kitty auth login` (spec-kitty never removes what it did not write).");
        };
    }
}
