package ai.speckitty.auth.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Every request the sandbox answered (admin calls under {@code /__sandbox/} excepted), in arrival
 * order; thread-safe. A request is recorded before its answer is written, so once a client has
 * its answer the journal already shows the request.
 */
public final class Journal {

    private final List<RecordedRequest> requests = new ArrayList<>();

    Journal() {
    }

    synchronized void append(RecordedRequest request) {
        requests.add(request);
        notifyAll();
    }

    /** A snapshot of all recorded requests. */
    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The recorded requests with this method and path (path without query). */
    public List<RecordedRequest> requests(String method, String path) {
        return matching(r -> r.method().equals(method) && r.path().equals(path));
    }

    public synchronized List<RecordedRequest> matching(Predicate<RecordedRequest> filter) {
        return requests.stream().filter(filter).toList();
    }

    public int countRequests(String method, String path) {
        return requests(method, path).size();
    }

    /** Requests to this path with any method. */
    public int countRequests(String path) {
        return matching(r -> r.path().equals(path)).size();
    }

    /** How many refresh grants submitted exactly this refresh token. */
    public int countRefreshSubmissions(String refreshToken) {
        Objects.requireNonNull(refreshToken, "refreshToken");
        return matching(r -> r.isRefresh() && refreshToken.equals(r.formValue("refresh_token"))).size();
    }

    /** All refresh grants, whatever the token. */
    public int countRefreshSubmissions() {
        return matching(RecordedRequest::isRefresh).size();
    }

    /** How many {@code POST /oauth/revoke} requests carried exactly this token. */
    public int countRevocations(String token) {
        Objects.requireNonNull(token, "token");
        return matching(r -> "/oauth/revoke".equals(r.path()) && token.equals(r.formValue("token"))).size();
    }

    /** Token endpoint requests with this {@code grant_type}. */
    public List<RecordedRequest> tokenRequests(String grantType) {
        return matching(r -> "/oauth/token".equals(r.path()) && grantType.equals(r.formValue("grant_type")));
    }

    /** Requests that carried this exact Bearer token, on any path. */
    public int countBearerUses(String accessToken) {
        return matching(r -> accessToken.equals(r.bearerToken())).size();
    }

    public synchronized int size() {
        return requests.size();
    }

    public synchronized void clear() {
        requests.clear();
    }

    /**
     * Waits until at least {@code count} recorded requests match, or the timeout passes.
     *
     * @return whether the count was reached
     */
    public synchronized boolean await(Predicate<RecordedRequest> filter, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (requests.stream().filter(filter).count() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            Duration wait = Duration.ofNanos(left);
            wait(Math.max(1, wait.toMillis()));
        }
        return true;
    }

    /** {@link #await} for requests with this method and path. */
    public boolean awaitRequests(String method, String path, int count, Duration timeout) throws InterruptedException {
        return await(r -> r.method().equals(method) && r.path().equals(path), count, timeout);
    }
}
