package ai.speckitty.auth.adapters.cli.command;

import ai.speckitty.auth.adapters.cli.render.DoctorRenderer;
import ai.speckitty.auth.adapters.cli.wiring.CliContext;
import ai.speckitty.auth.application.doctor.Diagnose;
import ai.speckitty.auth.application.doctor.DoctorReport;
import ai.speckitty.auth.application.port.StorageInspector.UnstickResult;
import ai.speckitty.auth.application.serversession.ServerSessionCheck;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code auth doctor}: offline diagnosis of session, storage, lock and server settings (SPEC §4.8). */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Diagnose the local session, its storage, the refresh lock and the server setting.",
                "Offline: no network connection, and nothing is changed (except with --unstick-lock)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:no critical finding",
                "1:at least one critical local finding (the --server result does not change it)",
                "2:usage error",
                "130:with --server, interrupted by Ctrl-C; a refresh already sent is saved first",
                "143:with --server, ended by SIGTERM, with the same care as Ctrl-C"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  spec-kitty auth doctor                  # offline checks, with a remedy for each finding",
                "  spec-kitty auth doctor --server         # also ask the server about the session",
                "  spec-kitty auth doctor --unstick-lock   # clear a lock record left by a crashed process"})
public final class DoctorCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--json", description = "Print exactly one JSON document instead of text.")
    boolean json;

    @Option(names = "--unstick-lock",
            description = {"Clear a stale lock holder record left by a crashed process.",
                    "A lock that a running process holds is never broken."})
    boolean unstickLock;

    @Option(names = "--server",
            description = {"Also verify the session with the server.",
                    "Refreshes the access token first if needed."})
    boolean server;

    public DoctorCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        Diagnose doctor = context.diagnose();
        if (unstickLock) {
            // With --json, stdout carries the document alone, so this goes to stderr.
            PrintWriter channel = json ? context.err() : context.out();
            channel.println(unstickMessage(doctor.unstickLock()));
        }
        DoctorReport report = doctor.diagnose();
        Optional<ServerSessionCheck> serverCheck = server
                ? Optional.of(context.checkServerSession().execute())
                : Optional.empty();
        if (json) {
            context.out().println(DoctorRenderer.json(report, serverCheck, context.configFile()));
        } else {
            DoctorRenderer.human(report, context.style(), context.out());
            serverCheck.ifPresent(check -> DoctorRenderer.serverSession(check, context.style(), context.debug(),
                    context.configFile(), context.out()));
            if (!server) {
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
