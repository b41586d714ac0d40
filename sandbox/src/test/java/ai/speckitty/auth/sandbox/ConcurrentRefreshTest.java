package ai.speckitty.auth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentRefreshTest {

    @Test
    void racing_refreshes_of_one_token_rotate_once_and_the_rest_are_benign_replays() throws Exception {
        try (Sandbox sandbox = Sandbox.start()) {
            IssuedSession login = sandbox.issueSession();
            int racers = 8;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(racers);
            List<Future<Integer>> statuses = new ArrayList<>();
            try {
                for (int i = 0; i < racers; i++) {
                    statuses.add(pool.submit(() -> {
                        go.await();
                        return TestHttp.refresh(sandbox, login.refreshToken()).status();
                    }));
                }
                go.countDown();
                int ok = 0;
                int replays = 0;
                for (Future<Integer> status : statuses) {
                    int value = status.get();
                    ok += value == 200 ? 1 : 0;
                    replays += value == 409 ? 1 : 0;
                }
                assertEquals(1, ok);
                assertEquals(racers - 1, replays);
            } finally {
                pool.shutdown();
            }
            assertEquals(1, sandbox.session(login.sessionId()).orElseThrow().generation());
            assertEquals(racers, sandbox.journal().countRefreshSubmissions(login.refreshToken()));
        }
    }
}
