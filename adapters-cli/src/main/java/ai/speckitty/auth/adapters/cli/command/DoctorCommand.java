package ai.speckitty.auth.adapters.cli.command;

import ai.speckitty.auth.adapters.cli.render.DoctorRenderer;
import ai.speckitty.auth.adapters.cli.wiring.CliContext;
import ai.speckitty.auth.application.doctor.Diagnose;
import ai.speckitty.auth.application.doctor.DoctorReport;
import ai.speckitty.auth.application.port.StorageInspector.UnstickResult;
import ai.speckitty.auth.application.serversession.ServerSessionCheck;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code auth doctor}: offline diagnosis of session, storage, lock and server settings (SPEC §4.8). */
public final class DoctorCommand implements Callable<Integer> {
    private final CliContext context;
    private final CommandSpec spec;

    private final OptionSpec json = CommandSpecs.flag("--json",
            "Print exactly one JSON document instead of text.");

    private final OptionSpec unstickLock = CommandSpecs.flag("--unstick-lock",
            "Clear a stale lock holder record left by a crashed process.",
            "A lock that a running process holds is never broken.");

    private final OptionSpec server = CommandSpecs.flag("--server",
            "Also verify the session with the server.",
            "Refreshes the access token first if needed.");

    public DoctorCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
        spec = CommandSpecs.command(this, "doctor", List.of(json, unstickLock, server),
                "Diagnose the local session, its storage, the refresh lock and the server setting.",
                "Offline: no network connection, and nothing is changed (except with --unstick-lock).");
        CommandSpecs.exitCodes(spec,
                "0:no critical finding",
                "1:at least one critical local finding (the --server result does not change it)",
                "2:usage error",
                "130:with --server, interrupted by Ctrl-C; a refresh already sent is saved first",
                "143:with --server, ended by SIGTERM, with the same care as Ctrl-C");
        CommandSpecs.footer(spec, "%nExamples:%n",
                "  spec-kitty auth doctor                  # offline checks, with a remedy for each finding",
                "  spec-kitty auth doctor --server         # also ask the server about the session",
                "  spec-kitty auth doctor --unstick-lock   # clear a lock record left by a crashed process");
    }

    /** The picocli model of this command. */
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Diagnose doctor = context.diagnose();
        if (CommandSpecs.isSet(unstickLock)) {
            // With --json, stdout carries the document alone, so this goes to stderr.
            PrintWriter channel = CommandSpecs.isSet(json) ? context.err() : context.out();
            channel.println(unstickMessage(doctor.unstickLock()));
        }
        DoctorReport report = doctor.diagnose();
        Optional<ServerSessionCheck> serverCheck = CommandSpecs.isSet(server)
                ? Optional.of(context.checkServerSession().execute())
                : Optional.empty();
        if (CommandSpecs.isSet(json)) {
            context.out().println(DoctorRenderer.json(report, serverCheck, context.configFile()));
        } else {
            DoctorRenderer.human(report, context.style(), context.out());
            serverCheck.ifPresent(check -> DoctorRenderer.serverSession(check, context.style(), context.debug(),
                    context.configFile(), context.out()));
            if (!CommandSpecs.isSet(server)) {
                context.out().println();
                context.out().println(context.style().dim(DoctorRenderer.SERVER_HINT));
            }
        }
        return report.hasCriticalFinding() ? ExitCode.FAILURE : ExitCode.OK;
    }

    private static String unstickMessage(UnstickResult result) {
        return switch (result) {
            case CLEARED -> "Cleared the stale lock holder record.";
            case NOTHING_TO_CLEAR -> "The lock holds no stale record; nothing to clear.";
            case HELD_BY_LIVE_PROCESS -> "The lock is held by a running process; it was left alone "
                    + "(it frees itself when that process exits).";
        };
    }
}
