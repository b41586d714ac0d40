package ai.speckitty.auth.adapters.cli.command;

import ai.speckitty.auth.adapters.cli.render.ServerProblemText;
import ai.speckitty.auth.adapters.cli.render.TerminalText;
import ai.speckitty.auth.adapters.cli.render.Json;
import ai.speckitty.auth.adapters.cli.render.Message;
import ai.speckitty.auth.adapters.cli.render.ServerFailureText;
import ai.speckitty.auth.adapters.cli.render.ServerText;
import ai.speckitty.auth.adapters.cli.render.Style;
import ai.speckitty.auth.adapters.cli.render.TokenText;
import ai.speckitty.auth.adapters.cli.wiring.CliContext;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.sync.SyncCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code sync status [--check]}: the sync setting, and with --check a real authenticated probe (SPEC §4.9). */
public final class SyncStatusCommand implements Callable<Integer> {
    /** How to turn hosted sync on (SPEC §4.9), shown wherever sync is off. */
    private static final String OPT_IN = "Set SPEC_KITTY_ENABLE_SAAS_SYNC=1 to opt in.";

    private final CliContext context;
    private final CommandSpec spec;

    private final OptionSpec check = CommandSpecs.flag("--check",
            "Probe the sync endpoint with the session's access token.",
            "Refreshes the access token first if needed.");

    private final OptionSpec json = CommandSpecs.flag("--json",
            "Print one JSON object instead of text:",
            "the probe's result with --check, else the setting.");

    public SyncStatusCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
        spec = CommandSpecs.command(this, "status", List.of(check, json),
                "Show the hosted sync setting and the server (offline).",
                "With --check, probe the server's sync endpoint with your own session.");
        CommandSpecs.exitCodes(spec,
                "0:without --check, always; with --check: Connected, or sync Disabled",
                "1:Error, Permission denied, Server unavailable, Unexpected, Server unreachable",
                "2:usage error",
                "4:Not authenticated, Session expired, Authentication failed, Wrong server",
                "130:with --check, interrupted by Ctrl-C; a refresh already sent is saved first",
                "143:with --check, ended by SIGTERM, with the same care as Ctrl-C");
        CommandSpecs.footer(spec, "%nExamples:%n",
                "  spec-kitty sync status                  # is sync enabled, and which server",
                "  spec-kitty sync status --check          # test the connection with your session",
                "  spec-kitty sync status --check --json   # the same, as one JSON object");
    }

    /** The picocli model of this command. */
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        if (!CommandSpecs.isSet(check)) {
            return showSetting();
        }
        context.warnAboutPermissions();
        SyncCheck result = context.checkSyncConnection().execute(context.syncEnabled());
        Row row = Row.of(result, context.debug(), context.configFile());
        if (CommandSpecs.isSet(json)) {
            context.out().println(Json.object()
                    .put("status", row.label())
                    .put("note", row.note().oneLine())
                    .put("server_url", result.server().map(used -> used.url().value()))
                    .put("http_status", result.httpStatus().isPresent() ? (Object) result.httpStatus().getAsInt() : null)
                    .put("exit_code", row.exitCode())
                    .toString());
        } else {
            Style style = context.style();
            String label = switch (result.status()) {
                case CONNECTED -> style.good(row.label());
                case DISABLED -> row.label();
                default -> style.bad(row.label());
            };
            context.out().println("Sync: " + label);
            result.server().ifPresent(used -> context.out().println("Server: " + TerminalText.safe(used.url().value())));
            new Message(Message.Tone.PLAIN, row.note().headline(), row.note().lines()).print(context.out(), style);
        }
        return row.exitCode();
    }

    /** The setting alone, offline; with --json as one object, so a script never gets prose. */
    private int showSetting() {
        ServerResolution server = context.resolveServer();
        boolean enabled = context.syncEnabled();
        if (CommandSpecs.isSet(json)) {
            context.out().println(Json.object()
                    .put("enabled", enabled)
                    .put("server_url", server.resolved().map(u -> u.value()))
                    .put("server_source", server.source().key())
                    .put("checked", false)
                    .toString());
            return ExitCode.OK;
        }
        context.out().println("Hosted sync: " + (enabled ? "enabled" : "disabled. " + OPT_IN));
        if (server.resolved().isEmpty()) {
            if (server.problem().isPresent()) {
                ServerProblemText.syncServer(server.problem().get(), context.configFile()).print(context.out(), context.style());
            } else {
                context.out().println("Server: none configured. " + NoServer.howToConfigure(context.configFile()));
            }
            return ExitCode.OK;
        }
        context.out().println("Server: " + TerminalText.safe(server.resolved().get().value() + " (from " + server.source().label() + ")"));
        if (enabled) {
            context.out().println("Run `spec-kitty sync status --check` to test the connection.");
        }
        return ExitCode.OK;
    }

    /** One row of the SPEC §4.9 table: its label, what it means and what to do, and its exit code. */
    record Row(String label, Message note, int exitCode) {
        static Row of(SyncCheck result, boolean debug, Path configFile) {
            Message relogin = Message.plain("The server no longer accepts your session.")
                    .hint(TokenText.LOGIN);
            int status = result.httpStatus().orElse(0);
            return switch (result.status()) {
                case DISABLED -> new Row("Disabled", Message.plain("Hosted sync is off.")
                        .hint(OPT_IN), ExitCode.OK);
                case NOT_AUTHENTICATED -> new Row("Not authenticated", TokenText.NOT_SIGNED_IN, ExitCode.AUTH_REQUIRED);
                case SESSION_EXPIRED -> new Row("Session expired", TokenText.EXPIRED, ExitCode.AUTH_REQUIRED);
                case WRONG_SERVER -> new Row("Wrong server", ServerText.otherConfigured(Message.plain(
                        "Your session belongs to this server:").path(result.server().orElseThrow().url().value()),
                        result.server().orElseThrow().elsewhere().orElseThrow()), ExitCode.AUTH_REQUIRED);
                case ERROR -> new Row("Error", TokenText.of(result.tokenProblem().orElseThrow(), debug, configFile),
                        ExitCode.FAILURE);
                case CONNECTED -> new Row("Connected", Message.plain("The server is reachable and accepts your session."),
                        ExitCode.OK);
                case AUTHENTICATION_FAILED -> new Row("Authentication failed", relogin, ExitCode.AUTH_REQUIRED);
                case PERMISSION_DENIED -> new Row("Permission denied", Message.plain("The server refused access (HTTP 403).")
                        .hint("Check your team membership for this project."), ExitCode.FAILURE);
                case SERVER_UNAVAILABLE -> new Row("Server unavailable", origin(Message.plain(
                        "The server is temporarily unavailable (HTTP " + status + ")."), result, configFile)
                        .hint("Events stay queued locally. Try again in a few minutes."), ExitCode.FAILURE);
                case UNEXPECTED -> new Row("Unexpected", Message.plain("The server answered HTTP " + status
                        + ", which sync does not expect.").hint("Try again later; if it persists, tell your administrator."),
                        ExitCode.FAILURE);
                case SERVER_UNREACHABLE -> new Row("Server unreachable", origin(Message.plain(capitalised(
                        ServerFailureText.transport(result.unreachable().orElseThrow())) + "."), result, configFile)
                        .hint("Events stay queued for a later sync. Check your network, then try again."), ExitCode.FAILURE);
            };
        }

        /** The probed server is on the "Server:" line above; this says where its URL came from. */
        private static Message origin(Message message, SyncCheck result, Path configFile) {
            return ServerText.origin(message, result.server().orElseThrow().source(), configFile);
        }

        private static String capitalised(String clause) {
            return Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
        }
    }
}
