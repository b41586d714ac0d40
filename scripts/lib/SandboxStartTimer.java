import ai.speckitty.auth.sandbox.Sandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Times the in-process start of the sandbox (Sandbox.start() until it answers one request) in a
 * fresh JVM: the first start (cold, what one test class pays) and the median of the next ones
 * (warm, what each further test pays), and the median close of those (where a pooled server is
 * made ready for the next sandbox). Run by scripts/bench-sandbox.sh as a single-file program.
 */
public final class SandboxStartTimer {
    public static void main(String[] args) throws Exception {
        int warmRuns = Integer.parseInt(args[0]);
        HttpClient http = HttpClient.newHttpClient();
        long[] times = new long[warmRuns + 1];
        long[] closes = new long[warmRuns + 1];
        for (int i = 0; i <= warmRuns; i++) {
            long start = System.nanoTime();
            Sandbox sandbox = Sandbox.start();
            http.send(HttpRequest.newBuilder(URI.create(sandbox.url(Sandbox.ME_PATH))).build(),
                    HttpResponse.BodyHandlers.discarding());
            long answered = System.nanoTime();
            times[i] = answered - start;
            sandbox.close();
            closes[i] = System.nanoTime() - answered;
        }
        System.out.printf("cold_ms=%.1f warm_median_ms=%.1f warm_close_median_ms=%.1f%n",
                times[0] / 1e6, warmMedian(times) / 1e6, warmMedian(closes) / 1e6);
    }

    private static long warmMedian(long[] times) {
        long[] warm = java.util.Arrays.copyOfRange(times, 1, times.length);
        java.util.Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
