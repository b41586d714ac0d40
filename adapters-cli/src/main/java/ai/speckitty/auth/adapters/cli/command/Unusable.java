package ai.speckitty.auth.adapters.cli.command;

import ai.speckitty.auth.adapters.cli.render.CredentialsText;
import ai.speckitty.auth.adapters.cli.wiring.CliContext;
import ai.speckitty.auth.application.status.StatusReport;

/** The stderr message for a credentials file that exists but cannot be used. */
final class Unusable {
    private Unusable() {}

    /** Prints the message when the report is an unreadable or newer file; true when it did. */
    static boolean report(StatusReport report, CliContext context) {
        if (report instanceof StatusReport.Unreadable u) {
            CredentialsText.unreadable(u.location(), u.reason(), u.kind())
                    .hint("Run `spec-kitty auth doctor` for details.").print(context.err(), context.style());
            return true;
        }
        if (report instanceof StatusReport.FromNewerVersion n) {
            CredentialsText.newerVersion(n.location(), n.schemaVersion()).print(context.err(), context.style());
            return true;
        }
        return false;
    }
}
