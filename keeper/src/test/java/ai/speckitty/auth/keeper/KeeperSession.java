package ai.speckitty.auth.keeper;

import ai.speckitty.auth.embedding.SpecKittyAuth;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** One keeper serving on its own thread, fed lines as stdin and read line by line as stdout. */
final class KeeperSession implements AutoCloseable {
    private final PipedWriter input = new PipedWriter();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final Thread serving;

    KeeperSession(SpecKittyAuth auth) throws IOException {
        BufferedReader in = new BufferedReader(new PipedReader(input));
        Keeper keeper = new Keeper(auth, new PrintWriter(new LineSplitter(lines)));
        serving = new Thread(() -> keeper.serve(in), "keeper-under-test");
        serving.start();
        expect(line -> line.equals("ready"), 10_000);
    }

    void send(String command) throws IOException {
        input.write(command + "\n");
        input.flush();
    }

    /** The first line (from now on) that matches, within {@code millis}; lines passed over are kept in {@link #seen()}. */
    String expect(Predicate<String> wanted, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (true) {
            String line;
            try {
                line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            if (line == null) {
                throw new AssertionError("no such line within " + millis + " ms; the keeper said: " + seen);
            }
            seen.add(line);
            if (wanted.test(line)) {
                return line;
            }
        }
    }

    String expectStart(String prefix, long millis) {
        return expect(line -> line.startsWith(prefix), millis);
    }

    List<String> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() throws Exception {
        send("quit");
        input.close();
        serving.join(10_000);
    }

    /** Cuts what the keeper prints into lines. */
    private static final class LineSplitter extends Writer {
        private final BlockingQueue<String> lines;
        private final StringBuilder pending = new StringBuilder();

        LineSplitter(BlockingQueue<String> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines.add(pending.toString());
                    pending.setLength(0);
                } else if (buffer[i] != '\r') {
                    pending.append(buffer[i]);
                }
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
