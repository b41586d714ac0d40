package ai.speckitty.auth.adapters.cli.stampede;

import ai.speckitty.auth.adapters.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The start barrier of one stampede child: a booted JVM says {@code READY}, waits for the go file,
 * then runs the real {@link Main#main} (which exits the JVM with the command's exit code). Waiting
 * inside the JVM takes JVM start-up out of the race, so the children reach the CLI together.
 */
public final class BarrierChild {
    private static final long POLL_MILLIS = 5;

    private BarrierChild() {
    }

    /** {@code <go file> <spec-kitty arguments...>} */
    public static void main(String[] args) throws InterruptedException {
        Path go = Path.of(args[0]);
        System.out.println(StampedeRun.READY);
        System.out.flush();
        while (!Files.exists(go)) {
            Thread.sleep(POLL_MILLIS);
        }
        Main.main(Arrays.copyOfRange(args, 1, args.length));
    }
}
