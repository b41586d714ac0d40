package ai.speckitty.auth.adapters.cli.command;

import ai.speckitty.auth.adapters.cli.render.CredentialsText;
import ai.speckitty.auth.adapters.cli.render.Message;
import ai.speckitty.auth.adapters.cli.render.ServerText;
import ai.speckitty.auth.adapters.cli.render.Style;
import ai.speckitty.auth.adapters.cli.render.TerminalText;
import ai.speckitty.auth.adapters.cli.render.TokenText;
import ai.speckitty.auth.adapters.cli.wiring.CliContext;
import ai.speckitty.auth.application.logout.LogoutResult;
import ai.speckitty.auth.application.logout.Revocation;
import ai.speckitty.auth.application.port.UnreadableKind;
import ai.speckitty.auth.domain.revoke.RevokeOutcome;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code auth logout}: revoke the refresh token (RFC 7009), then always delete the local session (SPEC §4.5). */
public final class LogoutCommand implements Callable<Integer> {
    static final String LOGGED_OUT = "Logged out.";

    private final CliContext context;
    private final CommandSpec spec;

    private final OptionSpec force = CommandSpecs.flag("--force",
            "Do not contact the server; just delete the local credentials.");

    public LogoutCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
        spec = CommandSpecs.command(this, "logout", List.of(force),
                "Sign out: ask the server to revoke the session, then delete the local credentials.",
                "The local credentials are deleted whatever the server answers.");
        CommandSpecs.exitCodes(spec,
                "0:logged out (also when the server could not confirm the revocation), or not logged in",
                "1:the credentials could not be deleted, are from a newer version, or the lock is busy",
                "2:usage error",
                "130:interrupted by Ctrl-C; once the revocation was sent, the local delete still happens",
                "143:ended by SIGTERM, with the same care as Ctrl-C");
        CommandSpecs.footer(spec, "%nExamples:%n",
                "  spec-kitty auth logout            # revoke the session on the server, then delete it here",
                "  spec-kitty auth logout --force    # delete it here without contacting the server");
    }

    /** The picocli model of this command. */
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = context.out();
        PrintWriter err = context.err();
        Style style = context.style();
        LogoutResult result = context.logout().execute(CommandSpecs.isSet(force));
        if (result instanceof LogoutResult.NotLoggedIn) {
            out.println("Not signed in; nothing to do.");
            return ExitCode.OK;
        }
        if (result instanceof LogoutResult.LoggedOut loggedOut) {
            revocationLine(loggedOut.revocation()).ifPresent(line -> line.print(out, style));
            out.println(style.good(LOGGED_OUT));
            return ExitCode.OK;
        }
        if (result instanceof LogoutResult.DeleteFailed failed) {
            revocationLine(failed.revocation()).ifPresent(line -> line.print(out, style));
            Message message = Message.failure("The local credentials could not be deleted:").path(failed.location())
                    .hint("Delete the file by hand, then run `spec-kitty auth status` to check.");
            (context.debug() ? message.hint("debug: " + failed.errorType()) : message).print(err, style);
            return ExitCode.FAILURE;
        }
        if (result instanceof LogoutResult.UnreadableSetAside aside) {
            out.println("The credentials file could not be read, so the session could not be revoked.");
            out.println("It was moved aside and is no longer used:");
            out.println("  " + TerminalText.safe(aside.keptAt()));
            out.println(style.good(LOGGED_OUT));
            return ExitCode.OK;
        }
        if (result instanceof LogoutResult.NotARegularFile notRegular) {
            CredentialsText.unreadable(notRegular.location(), notRegular.reason(), UnreadableKind.NOT_A_REGULAR_FILE)
                    .print(err, style);
            return ExitCode.FAILURE;
        }
        if (result instanceof LogoutResult.FromNewerVersion newer) {
            CredentialsText.newerVersion(newer.location(), newer.schemaVersion()).print(err, style);
            return ExitCode.FAILURE;
        }
        TokenText.LOCK_BUSY.print(err, style);
        return ExitCode.FAILURE;
    }

    /**
     * The one line of SPEC §4.5 for what happened to the revocation; after a network error, the
     * server it was sent to and where its URL came from.
     */
    private Optional<Message> revocationLine(Revocation revocation) {
        if (revocation instanceof Revocation.Attempted attempted && attempted.outcome() == RevokeOutcome.NETWORK_ERROR
                && attempted.server().isPresent()) {
            return Optional.of(ServerText.failedAt(Message.plain(plainLine(revocation)), attempted.server().get(),
                    context.configFile(), "The session stays valid on that server until it expires."));
        }
        return Optional.of(plainLine(revocation)).filter(line -> !line.isEmpty()).map(Message::plain);
    }

    private static String plainLine(Revocation revocation) {
        if (revocation instanceof Revocation.SkippedByForce) {
            return "Skipped the server revocation (--force).";
        }
        String notConfirmed = "The server did not confirm the revocation (%s); the local credentials are deleted anyway.";
        if (revocation instanceof Revocation.Attempted attempted) {
            return switch (attempted.outcome()) {
                case REVOKED -> "The server revoked the session.";
                case SERVER_FAILURE -> String.format(notConfirmed, "server error");
                case NETWORK_ERROR -> String.format(notConfirmed, "network error");
                case NO_REFRESH_TOKEN -> "No server revocation was possible (no refresh token); "
                        + "the local credentials are deleted anyway.";
            };
        }
        if (revocation instanceof Revocation.NoServerKnown) {
            return "No server revocation was possible (no server recorded or configured); "
                    + "the local credentials are deleted anyway.";
        }
        if (revocation instanceof Revocation.UnreadableCredentials) {
            return "No server revocation was possible (the credentials file is unreadable).";
        }
        return "";
    }
}
