package ai.speckitty.auth.adapters.cli.command;

import ai.speckitty.auth.adapters.cli.render.TerminalText;
import ai.speckitty.auth.adapters.cli.render.Message;
import ai.speckitty.auth.adapters.cli.render.TokenText;
import ai.speckitty.auth.adapters.cli.wiring.CliContext;
import ai.speckitty.auth.application.status.StatusReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code auth whoami}: the signed-in email alone on stdout, for scripts (SPEC §4.7). */
public final class WhoamiCommand implements Callable<Integer> {
    private final CliContext context;
    private final CommandSpec spec;

    public WhoamiCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
        spec = CommandSpecs.command(this, "whoami", List.of(),
                "Print the email of the signed-in user alone on stdout (offline).",
                "Its exit code tells a script whether someone is signed in.");
        CommandSpecs.exitCodes(spec,
                "0:the email was printed",
                "1:the credentials file cannot be read, is from a newer version, or records no email",
                "2:usage error",
                "4:not authenticated (no session, or its refresh token expired)");
        CommandSpecs.footer(spec, "%nExamples:%n",
                "  spec-kitty auth whoami",
                "  if spec-kitty auth whoami >/dev/null 2>&1; then echo signed in; fi");
    }

    /** The picocli model of this command. */
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        context.warnAboutPermissions();
        StatusReport report = context.showStatus().show();
        if (report instanceof StatusReport.Authenticated a) {
            Optional<String> email = a.session().email();
            if (email.isEmpty()) {
                Message.failure("The session records no email.").hint("Run `spec-kitty auth status` for details.")
                        .print(context.err(), context.style());
                return ExitCode.FAILURE;
            }
            context.out().println(TerminalText.safe(email.get()));
            return ExitCode.OK;
        }
        if (report instanceof StatusReport.SessionExpired) {
            TokenText.EXPIRED.print(context.err(), context.style());
            return ExitCode.AUTH_REQUIRED;
        }
        if (report instanceof StatusReport.NotAuthenticated) {
            TokenText.NOT_SIGNED_IN.print(context.err(), context.style());
            return ExitCode.AUTH_REQUIRED;
        }
        Unusable.report(report, context);
        return ExitCode.FAILURE;
    }
}
