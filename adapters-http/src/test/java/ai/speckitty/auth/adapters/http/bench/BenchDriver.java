package ai.speckitty.auth.adapters.http.bench;

import ai.speckitty.auth.application.port.AuthServer;
import ai.speckitty.auth.domain.login.PkceVerifier;
import ai.speckitty.auth.sandbox.IssuedSession;
import ai.speckitty.auth.sandbox.Sandbox;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each SPEC §2 call costs over loopback against the sandbox (run by scripts/bench-http.sh).
 * The sandbox runs here; every measurement runs in a fresh child JVM ({@link HttpBench}), so a
 * "cold" figure is the first HTTP call of a new process, as in a one-shot CLI command. Cold runs
 * are interleaved round-robin across calls so machine noise spreads evenly.
 * Arguments: cold runs per call (default 7), warm repetitions (default 30).
 */
public final class BenchDriver {
    static final String REDIRECT = "http://127.0.0.1:28888/callback";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FIELD = Pattern.compile("(\\w+)=(\\S+)");

    private BenchDriver() {}

    public static void main(String[] args) throws Exception {
        int coldRuns = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int warmRuns = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<String> javaOptions = List.of(System.getenv().getOrDefault("BENCH_JAVA_OPTS",
                "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC").trim().split("\\s+"));
        String java = System.getenv().getOrDefault("BENCH_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Map<String, Map<String, List<Double>>> cold = new LinkedHashMap<>();
        try (Sandbox sandbox = Sandbox.start()) {
            for (int run = 0; run < coldRuns; run++) {
                for (String call : HttpBench.CALLS) {
                    Map<String, String> env = inputsFor(call, sandbox);
                    long t0 = System.nanoTime();
                    String line = runChild(java, javaOptions, env, "cold", call);
                    double wall = (System.nanoTime() - t0) / 1e6;
                    Map<String, String> f = fields(line);
                    Map<String, List<Double>> byMetric = cold.computeIfAbsent(call, c -> new LinkedHashMap<>());
                    byMetric.computeIfAbsent("setup", m -> new ArrayList<>()).add(Double.parseDouble(f.get("setup_ms")));
                    byMetric.computeIfAbsent("call", m -> new ArrayList<>()).add(Double.parseDouble(f.get("call_ms")));
                    byMetric.computeIfAbsent("wall", m -> new ArrayList<>()).add(wall);
                    byMetric.computeIfAbsent("outcome:" + f.get("outcome"), m -> new ArrayList<>()).add(1.0);
                }
            }
            IssuedSession session = sandbox.issueSession();
            Map<String, String> env = Map.of("BENCH_URL", sandbox.baseUrl(),
                    "BENCH_REFRESH", session.refreshToken(), "BENCH_ACCESS", session.accessToken());
            String warm = runChild(java, javaOptions, env, "warm", String.valueOf(warmRuns));
            print(java, javaOptions, coldRuns, cold, warm);
        }
    }

    private static Map<String, String> inputsFor(String call, Sandbox sandbox) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("BENCH_URL", sandbox.baseUrl());
        IssuedSession session = sandbox.issueSession();
        env.put("BENCH_REFRESH", session.refreshToken());
        env.put("BENCH_ACCESS", session.accessToken());
        if (call.equals("poll")) {
            String body = post(sandbox.url(Sandbox.DEVICE_PATH), "client_id=cli_native&scope=offline_access");
            Matcher m = Pattern.compile("\"device_code\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("no device_code from the sandbox");
            }
            env.put("BENCH_DEVICE_CODE", m.group(1));
        }
        if (call.equals("exchange")) {
            PkceVerifier verifier = newVerifier();
            env.put("BENCH_VERIFIER", verifier.value());
            env.put("BENCH_REDIRECT", REDIRECT);
            env.put("BENCH_CODE", authorizationCode(sandbox.baseUrl() + "/oauth/authorize?client_id=cli_native"
                    + "&response_type=code&redirect_uri=" + enc(REDIRECT) + "&scope=offline_access&code_challenge="
                    + verifier.s256Challenge() + "&code_challenge_method=S256&state=bench"));
        }
        return env;
    }

    static PkceVerifier newVerifier() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PkceVerifier.fromRandomBytes(bytes);
    }

    /** Follows the browser half of the flow: the sandbox redirects straight to the callback with a code. */
    static String authorizationCode(AuthServer server, PkceVerifier verifier) throws IOException {
        return authorizationCode(server.authorizeUrl(REDIRECT, verifier.s256Challenge(), "bench"));
    }

    private static String authorizationCode(String authorizeUrl) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(authorizeUrl).openConnection();
        c.setInstanceFollowRedirects(false);
        String location = c.getHeaderField("Location");
        c.disconnect();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            if (pair.startsWith("code=")) {
                return URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("no code in the callback");
    }

    private static String post(String url, String form) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        try (OutputStream out = c.getOutputStream()) {
            out.write(form.getBytes(StandardCharsets.UTF_8));
        }
        String body = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        c.disconnect();
        return body;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String runChild(String java, List<String> options, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), HttpBench.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("BENCH_") || k.toLowerCase().endsWith("_proxy"));
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("bench child failed: " + out);
        }
        return out;
    }

    private static Map<String, String> fields(String line) {
        Map<String, String> f = new HashMap<>();
        Matcher m = FIELD.matcher(line);
        while (m.find()) {
            f.put(m.group(1), m.group(2));
        }
        return f;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void print(String java, List<String> options, int coldRuns, Map<String, Map<String, List<Double>>> cold,
            String warm) {
        Map<String, Map<String, String>> warmByCall = new HashMap<>();
        for (String line : warm.split("\\R")) {
            Map<String, String> f = fields(line);
            String[] words = line.split("\\s+");
            if (words.length > 1 && words[0].equals("warm")) {
                warmByCall.put(words[1], f);
            }
        }
        System.out.println("# " + java + " " + String.join(" ", options) + "; " + coldRuns + " cold JVMs per call; "
                + Runtime.getRuntime().availableProcessors() + " CPUs");
        System.out.printf("%-15s %12s %12s %14s %12s %10s  %s%n", "call", "cold setup", "cold call", "cold JVM wall",
                "warm median", "warm p90", "outcomes (cold | warm)");
        for (String call : HttpBench.CALLS) {
            Map<String, List<Double>> m = cold.get(call);
            Map<String, String> w = warmByCall.getOrDefault(call, Map.of());
            String outcomes = m.keySet().stream().filter(k -> k.startsWith("outcome:")).map(k -> k.substring(8))
                    .reduce((a, b) -> a + "," + b).orElse("?") + " | " + w.getOrDefault("outcome", "?");
            System.out.printf("%-15s %9.1f ms %9.1f ms %11.1f ms %9.2f ms %7.2f ms  %s%n", call, median(m.get("setup")),
                    median(m.get("call")), median(m.get("wall")), Double.parseDouble(w.getOrDefault("median_ms", "NaN")),
                    Double.parseDouble(w.getOrDefault("p90_ms", "NaN")), outcomes);
        }
    }
}
