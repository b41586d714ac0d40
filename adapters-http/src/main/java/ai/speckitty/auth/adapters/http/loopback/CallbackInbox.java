package ai.speckitty.auth.adapters.http.loopback;

import ai.speckitty.auth.application.port.CallbackResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The hand-over between the HTTP thread and the thread waiting for the login: the first callback
 * with the expected state wins; everything else is turned away without ending the wait.
 */
final class CallbackInbox {

    /** What became of one callback request. */
    enum Verdict { ACCEPTED, WRONG_STATE, INCOMPLETE, ALREADY_COMPLETE, NO_LONGER_WAITING }

    private String expectedState;
    private CallbackResult result;
    private boolean ended;

    /**
     * Offers a callback; {@code candidate} is null when it carried neither code nor error. Until
     * {@link #await} names the expected state (the browser can be quicker than the terminal),
     * the request waits here.
     */
    synchronized Verdict offer(String state, CallbackResult candidate) throws InterruptedException {
        while (expectedState == null && !ended) {
            wait();
        }
        if (result != null) {
            return Verdict.ALREADY_COMPLETE;
        }
        if (ended) {
            return Verdict.NO_LONGER_WAITING;
        }
        if (!sameState(state)) {
            return Verdict.WRONG_STATE;
        }
        if (candidate == null) {
            return Verdict.INCOMPLETE;
        }
        result = candidate;
        notifyAll();
        return Verdict.ACCEPTED;
    }

    synchronized CallbackResult await(String state, Duration timeout) throws InterruptedException {
        expectedState = state;
        notifyAll();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (result == null) {
                long remaining = deadline - System.nanoTime();
                if (ended || remaining <= 0) {
                    ended = true;
                    return new CallbackResult.TimedOut();
                }
                TimeUnit.NANOSECONDS.timedWait(this, remaining);
            }
            return result;
        } catch (InterruptedException e) {
            ended = true;
            throw e;
        }
    }

    synchronized void close() {
        ended = true;
        notifyAll();
    }

    /** Constant time, so the comparison does not hint at how much of a guess was right. */
    private boolean sameState(String state) {
        return state != null && MessageDigest.isEqual(
                state.getBytes(StandardCharsets.UTF_8), expectedState.getBytes(StandardCharsets.UTF_8));
    }
}
