package ai.speckitty.auth.adapters.cli.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.login.LoginResult;
import ai.speckitty.auth.application.port.StateDirectoryProblem;
import ai.speckitty.auth.application.port.StateDirectoryProblem.Entry;
import ai.speckitty.auth.application.port.StateDirectoryProblem.Reason;
import ai.speckitty.auth.application.server.ServerSource;
import ai.speckitty.auth.domain.server.ServerFailure.TransportProblem;
import ai.speckitty.auth.domain.session.ServerUrl;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The words for a login stopped before it started, for the cases the end-to-end tests cannot set up as root. */
class LoginRefusalsTest {
    private static final Path CONFIG = Path.of("/home/ada/.spec-kitty/config.toml");
    private static final ServerUrl SERVER = new ServerUrl("https://app.spec-kitty.ai");

    @Test
    void aTlsFailurePointsToTheCaBundle() {
        assertEquals("Login failed: the server did not answer (TLS handshake failed):\n"
                + "  https://app.spec-kitty.ai\n"
                + "Its URL comes from SPEC_KITTY_SAAS_URL.\n"
                + "If your network inspects TLS, set SPEC_KITTY_CA_BUNDLE to its CA certificate (PEM).\n"
                + "Check the URL and your network, then run `spec-kitty auth login` again.",
                LoginRefusals.unreachable(new LoginResult.Unreachable(SERVER, TransportProblem.TLS), ServerSource.ENVIRONMENT, CONFIG));
    }

    @Test
    void aStateDirectoryThatIsNotWritable() {
        assertEquals("Cannot sign in: the state directory is not writable (permissions or a read-only file system):\n"
                + "  /home/ada/.spec-kitty\n"
                + "Fix its permissions, or set SPEC_KITTY_HOME to a directory you can write. No sign-in was started.",
                LoginRefusals.stateDirectory(new StateDirectoryProblem(Reason.NOT_WRITABLE, "/home/ada/.spec-kitty",
                        "/home/ada/.spec-kitty", Entry.DIRECTORY)));
    }

    @Test
    void aStateDirectoryThatCannotBeCreatedInAnUnwritableParent() {
        assertEquals("Cannot sign in: the state directory cannot be created:\n"
                + "  /proc/sys/spec-kitty\n"
                + "because this directory is not writable (permissions or a read-only file system):\n"
                + "  /proc/sys\n"
                + "Fix its permissions, or set SPEC_KITTY_HOME to a directory you can write. No sign-in was started.",
                LoginRefusals.stateDirectory(new StateDirectoryProblem(Reason.NOT_WRITABLE, "/proc/sys/spec-kitty",
                        "/proc/sys", Entry.DIRECTORY)));
    }

    @Test
    void aDanglingLinkIsCalledWhatItIs() {
        assertTrue(LoginRefusals.stateDirectory(new StateDirectoryProblem(Reason.NOT_A_DIRECTORY, "/h", "/h",
                Entry.DANGLING_LINK)).startsWith("Cannot sign in: the state directory is a symbolic link to nothing, not a directory:\n"));
    }

    @Test
    void aPathWithControlCharactersIsShownEscaped() {
        String text = LoginRefusals.stateDirectory(new StateDirectoryProblem(Reason.NOT_A_DIRECTORY, "/tmp/a\u001b[2Jb",
                "/tmp/a\u001b[2Jb", Entry.FIFO));
        assertTrue(text.lines().noneMatch(line -> line.chars().anyMatch(c -> c < 0x20)), text);
    }

    @ParameterizedTest
    @EnumSource(Entry.class)
    void everyStateDirectoryLineFitsOneHundredColumns(Entry found) {
        Stream.of(Reason.values()).forEach(reason -> {
            String text = LoginRefusals.stateDirectory(new StateDirectoryProblem(reason, "/home/ada/.spec-kitty",
                    "/home/ada", found));
            assertTrue(text.lines().allMatch(line -> line.length() <= 100), text);
        });
    }

    @ParameterizedTest
    @EnumSource(TransportProblem.class)
    void everyUnreachableLineFitsOneHundredColumns(TransportProblem problem) {
        for (ServerSource source : ServerSource.values()) {
            String text = LoginRefusals.unreachable(new LoginResult.Unreachable(SERVER, problem), source, CONFIG);
            assertTrue(text.lines().allMatch(line -> line.length() <= 100), text);
        }
    }
}
