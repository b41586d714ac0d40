package ai.speckitty.auth.adapters.store;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Makes the non-regular files a hostile or unlucky home may hold in place of ours. */
final class SpecialFiles {

    private SpecialFiles() {
    }

    /** A FIFO: opening it for reading (or, elsewhere, writing) blocks until the other end opens. */
    static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
            throw new IOException("mkfifo failed for " + path);
        }
        return path;
    }

    /** A Unix domain socket file, left behind after its listener is closed (as a crashed server leaves it). */
    static Path socket(Path path) throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(path));
        }
        return path;
    }

    /** True while {@code path} is still something other than a regular file (not followed). */
    static boolean stillSpecial(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }
}
