package ai.speckitty.auth.keeper;

import ai.speckitty.auth.application.token.AccessTokenResult;
import ai.speckitty.auth.embedding.SpecKittyAuth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** N threads that ask one client for a token at the same moment (all released by one latch). */
final class TokenRace {
    private TokenRace() {}

    /** What the threads got. */
    record Outcome(int threads, int failures, long distinctTokens, long refreshed) {
        String summary() {
            return "threads=" + threads + " failures=" + failures + " distinct_tokens=" + distinctTokens
                    + " refreshed=" + refreshed;
        }
    }

    static Outcome run(SpecKittyAuth auth, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<AccessTokenResult>> asked = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                asked.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return auth.accessToken();
                }));
            }
            ready.await();
            go.countDown();
            List<AccessTokenResult> results = new ArrayList<>();
            for (Future<AccessTokenResult> one : asked) {
                results.add(one.get());
            }
            List<AccessTokenResult.Ready> tokens = results.stream()
                    .filter(AccessTokenResult.Ready.class::isInstance).map(AccessTokenResult.Ready.class::cast).toList();
            long distinct = tokens.stream().map(r -> Words.fingerprint(r.accessToken())).distinct().count();
            long refreshed = tokens.stream().filter(AccessTokenResult.Ready::refreshed).count();
            return new Outcome(threads, threads - tokens.size(), distinct, refreshed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(threads, threads, 0, 0);
        } catch (ExecutionException e) {
            return new Outcome(threads, threads, 0, 0);
        } finally {
            pool.shutdownNow();
        }
    }
}
