package ai.speckitty.auth.adapters.cli.command;

import ai.speckitty.auth.adapters.cli.render.StatusRenderer;
import ai.speckitty.auth.adapters.cli.wiring.CliContext;
import ai.speckitty.auth.application.status.StatusReport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code auth status}: the local session, offline (SPEC §4.7). */
public final class StatusCommand implements Callable<Integer> {
    private final CliContext context;
    private final CommandSpec spec;

    private final OptionSpec json = CommandSpecs.flag("--json",
            "Print one JSON object instead of text.");

    public StatusCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
        spec = CommandSpecs.command(this, "status", List.of(json),
                "Show the local session: who is signed in, teams, token lifetimes, session, server.",
                "Offline: reads the credentials file only; never shows a token.",
                "It always exits 0, signed in or not. Scripts: use the exit code of `spec-kitty auth whoami`",
                "(0 signed in, 4 not) or of `spec-kitty auth token` (which also refreshes the session).");
        CommandSpecs.exitCodes(spec,
                "0:the status was shown; an unreadable or newer credentials file is named on stderr",
                "2:usage error");
        CommandSpecs.footer(spec, "%nExamples:%n",
                "  spec-kitty auth status                      # for people",
                "  spec-kitty auth status --json | jq .state   # for tools: one JSON object");
    }

    /** The picocli model of this command. */
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        context.warnAboutPermissions();
        StatusReport report = context.showStatus().show();
        if (CommandSpecs.isSet(json)) {
            context.out().println(StatusRenderer.json(report));
        } else {
            StatusRenderer.human(report, context.clock().instant(), context.style(), context.out());
        }
        // SPEC §4.7: status is information, so an unusable file is reported but still exits 0.
        Unusable.report(report, context);
        return ExitCode.OK;
    }
}
