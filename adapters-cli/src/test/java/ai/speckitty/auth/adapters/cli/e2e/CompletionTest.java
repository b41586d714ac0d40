package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code generate-completion [bash|zsh]} (issue 8, item 7). */
class CompletionTest {
    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.run(CliRun.env(Home.missing(tmp)), args);
    }

    @Test
    void bashIsTheDefault() {
        CliRun plain = run("generate-completion");
        assertEquals(0, plain.exit(), plain.toString());
        assertEquals("", plain.err());
        assertEquals(run("generate-completion", "bash").out(), plain.out());
        assertTrue(plain.out().startsWith("#!/usr/bin/env bash\n# bash completion for spec-kitty.\n"), plain.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bash", "zsh"})
    void ourHeaderReplacesPicocliInstallStepsAndTheScriptFollows(String shell) {
        String script = run("generate-completion", shell).out();
        assertFalse(script.contains("bash_profile"), "picocli's install steps are gone:\n" + script);
        assertFalse(script.contains("Installation"), script);
        assertTrue(script.contains("generate-completion " + shell), script);
        assertTrue(script.contains("complete -F"), script);
        for (String command : List.of("login", "status", "whoami", "token", "doctor", "logout", "help")) {
            assertTrue(script.contains(command), command);
        }
    }

    @Test
    void zshHeaderSaysItIsTheBashScriptLoadedThroughBashcompinit() {
        String script = run("generate-completion", "zsh").out();
        String header = script.substring(0, script.indexOf("\n\n"));
        assertTrue(header.startsWith("# zsh completion for spec-kitty.\n# This is a bash completion script"), header);
        assertTrue(header.contains("bashcompinit"), header);
        assertTrue(header.contains("source ~/.zsh/spec-kitty-completion.zsh"), header);
        assertTrue(script.contains("autoload -U +X bashcompinit && bashcompinit"), "the script does what the header says");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fish", "BASH", "powershell"})
    void anotherShellIsAUsageErrorNamingTheSupportedOnes(String shell) {
        CliRun r = run("generate-completion", shell);
        assertEquals(2, r.exit(), r.toString());
        assertEquals("", r.out());
        assertEquals("spec-kitty generate-completion: unsupported shell '" + shell
                + "'; the supported shells are bash and zsh.\n"
                + "Try 'spec-kitty generate-completion --help' for more information.\n", r.err());
    }

    @Test
    void helpCarriesThePermanentInstallLines() {
        String help = run("generate-completion", "--help").out();
        assertTrue(help.contains("\n    spec-kitty generate-completion bash > ~/.local/share/bash-completion/completions/spec-kitty\n"), help);
        assertTrue(help.contains("\n    spec-kitty generate-completion zsh > ~/.zsh/spec-kitty-completion.zsh\n"), help);
        assertTrue(help.contains("\n    echo 'source ~/.zsh/spec-kitty-completion.zsh' >> ~/.zshrc\n"), help);
    }

    /** The script, loaded by a real bash, completes the group's commands. */
    @Test
    void bashCompletesTheAuthCommands() throws IOException, InterruptedException {
        Path script = tmp.resolve("spec-kitty");
        Files.writeString(script, run("generate-completion").out());
        String probe = "source '" + script + "'\n"
                + "COMP_WORDS=(spec-kitty auth ''); COMP_CWORD=2; COMP_LINE='spec-kitty auth '; COMP_POINT=${#COMP_LINE}\n"
                + "_complete_spec-kitty spec-kitty '' auth\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", probe).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, bash.exitValue(), output);
        List<String> offered = output.lines().toList();
        assertTrue(offered.containsAll(List.of("login", "status", "whoami", "token", "doctor", "logout")), output);
    }
}
