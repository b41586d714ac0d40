package ai.speckitty.auth.adapters.cli.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Transcripts of CLI runs with their volatile parts replaced deterministically. */
final class GoldenText {
    private GoldenText() {}

    static String transcript(CliRun run) {
        return "exit " + run.exit() + "\n--- stdout\n" + run.out() + "--- stderr\n" + run.err();
    }

    static String normalise(String text, Path tmp, String sandboxUrl) {
        String real = text.replace(tmp.toString(), "<tmp>").replace(sandboxUrl, "<sandbox>");
        return real
                .replaceAll("http://127\\.0\\.0\\.1:\\d+", "http://127.0.0.1:<port>")
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<time>")
                .replaceAll("(?<!Try again in )\\b\\d+[dhms]( \\d+[hms])?\\b", "<span>")
                .replaceAll("\"(age_s|access_expires_in_s|refresh_expires_in_s|expires_in_s)\": -?\\d+", "\"$1\": <n>")
                .replaceAll("sess_[A-Za-z0-9_-]+", "sess_<id>")
                .replaceAll("\\b[A-Z0-9]{4}-[A-Z0-9]{4}\\b", "<user-code>")
                .replaceAll("user_code=[A-Za-z0-9-]+", "user_code=<user-code>")
                .replaceAll("credentials\\.[A-Za-z-]*\\d[\\w.-]*", "credentials.<set-aside>");
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
