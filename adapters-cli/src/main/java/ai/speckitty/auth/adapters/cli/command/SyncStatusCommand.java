package ai.speckitty.auth.adapters.cli.command;

import ai.speckitty.auth.adapters.cli.render.TerminalText;
import ai.speckitty.auth.adapters.cli.render.Json;
import ai.speckitty.auth.adapters.cli.wiring.CliContext;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.sync.SyncCheck;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sync status [--check]}: the sync setting, and with --check a real authenticated probe (SPEC §4.9). */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show the hosted sync setting and the server (offline).",
                "With --check, probe the server's sync endpoint with your own session."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:without --check, always; with --check: Connected, or sync Disabled",
                "1:Error, Permission denied, Server unavailable, Unexpected, Server unreachable",
                "2:usage error",
                "4:Not authenticated, Session expired, Authentication failed, Wrong server",
                "130:with --check, interrupted by Ctrl-C; a refresh already sent is saved first",
                "143:with --check, ended by SIGTERM, with the same care as Ctrl-C"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  spec-kitty sync status                  # is sync enabled, and which server",
                "  spec-kitty sync status --check          # test the connection with your session",
                "  spec-kitty sync status --check --json   # the same, as one JSON object"})
public final class SyncStatusCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--check", description = {"Probe the sync endpoint with the session's access token.",
            "Refreshes the access token first if needed."})
    boolean check;

    @Option(names = "--json", description = {"Print one JSON object instead of text:",
            "the probe's result with --check, else the setting."})
    boolean json;

    public SyncStatusCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        if (!check) {
            return showSetting();
        }
        context.warnAboutPermissions();
        SyncCheck result = context.checkSyncConnection().execute(context.syncEnabled());
        Row row = Row.of(result);
        if (json) {
            context.out().println(Json.object()
                    .put("status", row.label())
                    .put("note", row.note())
                    .put("server_url", result.server().map(u -> u.value()))
                    .put("http_status", result.httpStatus().isPresent() ? (Object) result.httpStatus().getAsInt() : null)
                    .put("exit_code", row.exitCode())
                    .toString());
        } else {
            context.out().println("Sync: " + row.label());
            result.server().ifPresent(url -> context.out().println("Server: " + TerminalText.safe(url.value())));
            context.out().println(TerminalText.safe(row.note()));
        }
        return row.exitCode();
    }

    /** The setting alone, offline; with --json as one object, so a script never gets prose. */
    private int showSetting() {
        ServerResolution server = context.resolveServer();
        boolean enabled = context.syncEnabled();
        if (json) {
            context.out().println(Json.object()
                    .put("enabled", enabled)
                    .put("server_url", server.resolved().map(u -> u.value()))
                    .put("server_source", server.source().key())
                    .put("checked", false)
                    .toString());
            return ExitCode.OK;
        }
        context.out().println("Hosted sync: " + (enabled ? "enabled" : "disabled (set SPEC_KITTY_ENABLE_SAAS_SYNC=1 to opt in)"));
        if (server.resolved().isEmpty()) {
            context.out().println(server.problem().map(p -> "Server: " + TerminalText.safe(p) + ".")
                    .orElse("Server: none configured. " + NoServer.howToConfigure(context.configFile())));
            return ExitCode.OK;
        }
        context.out().println("Server: " + TerminalText.safe(server.resolved().get().value() + " (from " + server.source().label() + ")"));
        if (enabled) {
            context.out().println("Run `spec-kitty sync status --check` to test the connection.");
        }
        return ExitCode.OK;
    }

    /** One row of the SPEC §4.9 table. */
    record Row(String label, String note, int exitCode) {
        static Row of(SyncCheck result) {
            String relogin = "Run `spec-kitty auth login` to re-authenticate.";
            int status = result.httpStatus().orElse(0);
            return switch (result.status()) {
                case DISABLED -> new Row("Disabled", "Set SPEC_KITTY_ENABLE_SAAS_SYNC=1 to opt in.", ExitCode.OK);
                case NOT_AUTHENTICATED -> new Row("Not authenticated", "Run `spec-kitty auth login` to connect.", ExitCode.AUTH_REQUIRED);
                case SESSION_EXPIRED -> new Row("Session expired", relogin, ExitCode.AUTH_REQUIRED);
                case WRONG_SERVER -> new Row("Wrong server", "The session belongs to "
                        + result.server().map(u -> u.value()).orElse("another server") + "; run `spec-kitty auth login`.",
                        ExitCode.AUTH_REQUIRED);
                case ERROR -> new Row("Error", result.detail().orElse("unknown error"), ExitCode.FAILURE);
                case CONNECTED -> new Row("Connected", "Server reachable, authentication valid.", ExitCode.OK);
                case AUTHENTICATION_FAILED -> new Row("Authentication failed", relogin, ExitCode.AUTH_REQUIRED);
                case PERMISSION_DENIED -> new Row("Permission denied", "Check team membership for this project.", ExitCode.FAILURE);
                case SERVER_UNAVAILABLE -> new Row("Server unavailable",
                        "Server returned HTTP " + status + " (transient); events stay queued locally.", ExitCode.FAILURE);
                case UNEXPECTED -> new Row("Unexpected", "Server returned HTTP " + status + ".", ExitCode.FAILURE);
                case SERVER_UNREACHABLE -> new Row("Server unreachable", "Events will be queued for later sync.", ExitCode.FAILURE);
            };
        }
    }
}
