package ai.speckitty.auth.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In-process runs (every in-process test) get the same picocli configuration as the product's main(). */
class PicocliConfigurationTest {
    @TempDir
    Path home;

    @Test
    void anInProcessRunExcludesTheJdkConvertersAsMainDoes() {
        String before = System.clearProperty(Cli.PICOCLI_CONVERTER_EXCLUDES);
        try {
            StringWriter out = new StringWriter();
            int exit = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
                    Map.of("SPEC_KITTY_HOME", home.toString()), "--version");

            assertEquals(0, exit, out.toString());
            assertEquals("java\\..*", System.getProperty(Cli.PICOCLI_CONVERTER_EXCLUDES));
        } finally {
            if (before == null) {
                System.clearProperty(Cli.PICOCLI_CONVERTER_EXCLUDES);
            } else {
                System.setProperty(Cli.PICOCLI_CONVERTER_EXCLUDES, before);
            }
        }
    }
}
