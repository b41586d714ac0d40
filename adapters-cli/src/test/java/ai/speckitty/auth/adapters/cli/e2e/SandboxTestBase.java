package ai.speckitty.auth.adapters.cli.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh sandbox and spec-kitty home for every test, closed afterwards. */
abstract class SandboxTestBase {
    @TempDir
    Path tmp;

    SandboxHome world;

    @BeforeEach
    void startSandbox() {
        world = SandboxHome.start(tmp);
    }

    @AfterEach
    void stopSandbox() {
        world.close();
    }
}
