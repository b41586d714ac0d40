package ai.speckitty.auth.embedding;

import ai.speckitty.auth.application.status.SessionSummary;
import ai.speckitty.auth.application.status.ShowStatus;
import ai.speckitty.auth.application.status.StatusReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the credentials file by its fingerprint (inode, size, modification time), so any process's
 * login, logout or refresh is noticed within one interval; every write is an atomic replace, so each
 * one gives a new inode. It reads lock-free and keeps no session: the listener gets the status read
 * after the change, and a front end asks for a token when it needs one. Close it to stop.
 */
public final class SessionWatch implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private final ShowStatus status;
    private final Path credentials;
    private final Consumer<SessionChange> listener;
    private volatile Thread watchThread;
    private Optional<Fingerprint> seen;
    private StatusReport last;

    private SessionWatch(ShowStatus status, Path credentials, Consumer<SessionChange> listener) {
        this.status = status;
        this.credentials = credentials;
        this.listener = listener;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "spec-kitty-session-watch");
            thread.setDaemon(true);
            watchThread = thread;
            return thread;
        });
    }

    static SessionWatch start(ShowStatus status, Path root, Duration interval, Consumer<SessionChange> listener) {
        SessionWatch watch = new SessionWatch(status, root.resolve("credentials"), listener);
        watch.seen = fingerprint(watch.credentials);
        watch.last = status.show();
        long millis = interval.toMillis();
        watch.timer.scheduleWithFixedDelay(watch::look, millis, millis, TimeUnit.MILLISECONDS);
        return watch;
    }

    /** Stops watching; no listener call starts after this returns (nor after the call that closes it, from inside). */
    @Override
    public void close() {
        timer.shutdownNow();
        if (Thread.currentThread() == watchThread) {
            // Closed by its own listener: this call is the last one, and waiting for it would wait for ourselves.
            return;
        }
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void look() {
        try {
            Optional<Fingerprint> now = fingerprint(credentials);
            if (now.equals(seen)) {
                return;
            }
            StatusReport report = status.show();
            // Only a read that worked marks this version seen; after a failed one the next look tries again.
            seen = now;
            Optional<SessionChange.Kind> kind = kindOfChange(last, report);
            last = report;
            kind.ifPresent(k -> listener.accept(new SessionChange(k, report)));
        } catch (RuntimeException listenerOrReadFailure) {
            // A failing listener or an odd read must not end the watch; the next change is reported anyway.
        }
    }

    /** What turned {@code before} into {@code after}; empty when nothing a front end cares about changed. */
    static Optional<SessionChange.Kind> kindOfChange(StatusReport before, StatusReport after) {
        Optional<SessionSummary> was = session(before);
        Optional<SessionSummary> is = session(after);
        if (is.isPresent()) {
            if (was.isEmpty() || !sameSession(was.get(), is.get())) {
                return Optional.of(SessionChange.Kind.SIGNED_IN);
            }
            boolean newTokens = !was.get().accessExpiresAt().equals(is.get().accessExpiresAt())
                    || !was.get().issuedAt().equals(is.get().issuedAt());
            return newTokens ? Optional.of(SessionChange.Kind.REFRESHED) : Optional.empty();
        }
        if (after instanceof StatusReport.NotAuthenticated) {
            return was.isPresent() ? Optional.of(SessionChange.Kind.SIGNED_OUT) : Optional.empty();
        }
        return before.getClass().equals(after.getClass()) ? Optional.empty() : Optional.of(SessionChange.Kind.UNREADABLE);
    }

    /**
     * The same session by its id; files of 2.x record none, so there the same user (by id, else by
     * email) counts as the same session, and an unknown user as another one.
     */
    private static boolean sameSession(SessionSummary was, SessionSummary is) {
        if (was.sessionId().isPresent() || is.sessionId().isPresent()) {
            return was.sessionId().equals(is.sessionId());
        }
        Optional<String> user = was.userId().or(was::email);
        return user.isPresent() && user.equals(is.userId().or(is::email));
    }

    private static Optional<SessionSummary> session(StatusReport report) {
        if (report instanceof StatusReport.Authenticated authenticated) {
            return Optional.of(authenticated.session());
        }
        if (report instanceof StatusReport.SessionExpired expired) {
            return Optional.of(expired.session());
        }
        return Optional.empty();
    }

    private static Optional<Fingerprint> fingerprint(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new Fingerprint(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime().toMillis()));
        } catch (IOException absentOrUnreachable) {
            return Optional.empty();
        }
    }

    /** Enough to tell one version of the file from the next (an atomic replace changes the inode). */
    private record Fingerprint(Object fileKey, long size, long modifiedMillis) {}
}
