package ai.speckitty.auth.adapters.http.bench;

import ai.speckitty.auth.adapters.http.FeignAuthServers;
import ai.speckitty.auth.application.port.AuthServer;
import ai.speckitty.auth.domain.login.AuthorizationCode;
import ai.speckitty.auth.domain.login.DeviceAuthorizationResult;
import ai.speckitty.auth.domain.login.DeviceCode;
import ai.speckitty.auth.domain.login.PkceVerifier;
import ai.speckitty.auth.domain.refresh.RefreshResult;
import ai.speckitty.auth.domain.refresh.TokenGrant;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.ServerUrl;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The measured JVM of {@link BenchDriver}. {@code cold <call>}: the first HTTP use of this JVM,
 * timing the adapter's set-up and the one call. {@code warm}: every call repeated after warm-up.
 * Inputs come in BENCH_* environment variables; output is one line per measurement.
 */
public final class HttpBench {
    static final List<String> CALLS =
            List.of("device", "poll", "exchange", "refresh", "revoke", "me", "session-status", "sync-probe");

    private HttpBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        String url = env.get("BENCH_URL");
        if (args[0].equals("cold")) {
            long t0 = System.nanoTime();
            AuthServer server = FeignAuthServers.create(Map.of(), null).at(new ServerUrl(url));
            long t1 = System.nanoTime();
            Object outcome = call(server, args[1], env).get();
            long t2 = System.nanoTime();
            System.out.printf("cold %s setup_ms=%.2f call_ms=%.2f outcome=%s%n", args[1], ms(t1 - t0), ms(t2 - t1),
                    name(outcome));
        } else {
            warm(url, Integer.parseInt(args[1]), env);
        }
    }

    private static Supplier<Object> call(AuthServer server, String call, Map<String, String> env) {
        return switch (call) {
            case "device" -> server::startDeviceAuthorization;
            case "poll" -> () -> server.pollDeviceToken(new DeviceCode(env.get("BENCH_DEVICE_CODE")));
            case "exchange" -> () -> server.exchangeAuthorizationCode(new AuthorizationCode(env.get("BENCH_CODE")),
                    env.get("BENCH_REDIRECT"), new PkceVerifier(env.get("BENCH_VERIFIER")));
            case "refresh" -> () -> server.refresh(new RefreshToken(env.get("BENCH_REFRESH")));
            case "revoke" -> () -> server.revoke(new RefreshToken(env.get("BENCH_REFRESH")));
            case "me" -> () -> server.identity(new AccessToken(env.get("BENCH_ACCESS")));
            case "session-status" -> () -> server.sessionStatus(new AccessToken(env.get("BENCH_ACCESS")));
            case "sync-probe" -> () -> server.probeSync(new AccessToken(env.get("BENCH_ACCESS")));
            default -> throw new IllegalArgumentException("unknown call " + call);
        };
    }

    /**
     * Each call 5 times unmeasured, then {@code n} times measured, revoke last (it ends the session
     * the others use); inputs (device codes, authorization codes) are prepared unmeasured.
     */
    private static void warm(String url, int n, Map<String, String> env) throws Exception {
        AuthServer server = FeignAuthServers.create(Map.of(), null).at(new ServerUrl(url));
        RefreshToken[] refresh = {new RefreshToken(env.get("BENCH_REFRESH"))};
        AccessToken[] access = {new AccessToken(env.get("BENCH_ACCESS"))};
        List<String> revokeLast = new ArrayList<>(CALLS);
        revokeLast.remove("revoke");
        revokeLast.add("revoke");
        for (String call : revokeLast) {
            List<Double> times = new ArrayList<>();
            String outcome = "";
            for (int i = 0; i < 5 + n; i++) {
                Supplier<Object> measured = switch (call) {
                    case "poll" -> {
                        DeviceCode code = ((DeviceAuthorizationResult.Started) server.startDeviceAuthorization())
                                .authorization().deviceCode();
                        yield () -> server.pollDeviceToken(code);
                    }
                    case "exchange" -> {
                        PkceVerifier verifier = BenchDriver.newVerifier();
                        String code = BenchDriver.authorizationCode(server, verifier);
                        yield () -> server.exchangeAuthorizationCode(new AuthorizationCode(code), BenchDriver.REDIRECT, verifier);
                    }
                    case "refresh" -> () -> {
                        RefreshResult r = server.refresh(refresh[0]);
                        if (r instanceof RefreshResult.Rotated rotated) {
                            TokenGrant g = rotated.grant();
                            refresh[0] = g.refreshToken().orElse(refresh[0]);
                            access[0] = g.accessToken();
                        }
                        return r;
                    };
                    case "revoke" -> () -> server.revoke(refresh[0]);
                    case "me" -> () -> server.identity(access[0]);
                    case "session-status" -> () -> server.sessionStatus(access[0]);
                    case "sync-probe" -> () -> server.probeSync(access[0]);
                    default -> server::startDeviceAuthorization;
                };
                long t0 = System.nanoTime();
                Object result = measured.get();
                long t1 = System.nanoTime();
                if (i >= 5) {
                    times.add(ms(t1 - t0));
                    outcome = name(result);
                }
            }
            Collections.sort(times);
            System.out.printf("warm %s median_ms=%.2f p90_ms=%.2f n=%d outcome=%s%n", call, times.get(times.size() / 2),
                    times.get((int) Math.ceil(times.size() * 0.9) - 1), n, outcome);
        }
    }

    private static String name(Object outcome) {
        return outcome instanceof Enum<?> e ? e.name() : outcome.getClass().getSimpleName();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
