package ai.speckitty.auth.adapters.cli.command;

import ai.speckitty.auth.adapters.cli.render.TerminalText;
import ai.speckitty.auth.adapters.cli.wiring.CliContext;
import ai.speckitty.auth.application.status.StatusReport;

/** The stderr messages for a credentials file that exists but cannot be used. */
final class Unusable {
    private Unusable() {}

    /** Prints the message when the report is an unreadable or newer file; true when it did. */
    static boolean report(StatusReport report, CliContext context) {
        if (report instanceof StatusReport.Unreadable u) {
            context.err().println(TerminalText.safe("The credentials file " + u.location() + " cannot be read: " + u.reason() + "."));
            context.err().println("It was left unchanged. Run `spec-kitty auth doctor` for details, or "
                    + "`spec-kitty auth login --force` to sign in again (the old file is kept aside).");
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
}
