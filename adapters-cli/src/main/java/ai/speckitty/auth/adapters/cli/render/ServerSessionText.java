package ai.speckitty.auth.adapters.cli.render;

import ai.speckitty.auth.application.serversession.ServerSessionCheck;
import java.nio.file.Path;

/** The one wording of why {@code doctor --server} could not check the session. */
public final class ServerSessionText {
    private ServerSessionText() {}

    public static Message failure(ServerSessionCheck.Failure failure, boolean debug, Path configFile) {
        if (failure instanceof ServerSessionCheck.Failure.WrongServer wrong) {
            return Message.warning("The session belongs to another server:").path(wrong.sessionUrl().value())
                    .hint("Its tokens are not sent elsewhere. Run `spec-kitty auth login` to sign in here.");
        }
        if (failure instanceof ServerSessionCheck.Failure.NoToken noToken) {
            return TokenText.of(noToken.result(), debug, configFile);
        }
        ServerSessionCheck.Failure.ServerFailed failed = (ServerSessionCheck.Failure.ServerFailed) failure;
        return ServerText.failedAt(Message.warning("The server could not be asked: "
                + ServerFailureText.what(failed.failure(), debug) + "."), failed.server(), configFile,
                ServerFailureText.whenToRetry(failed.failure()));
    }
}
