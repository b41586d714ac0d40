package ai.speckitty.auth.sandbox.server;

import ai.speckitty.auth.sandbox.Fault;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Faults waiting per endpoint path, first in first out. A fault with a count applies to that many
 * requests, then the next queued one takes over; an "always" fault stays until cleared.
 */
public final class FaultBoard {

    /** Count meaning "every request until cleared". */
    public static final int ALWAYS = -1;

    private static final class Entry {
        final Fault fault;
        int remaining;

        Entry(Fault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private final Map<String, Deque<Entry>> byPath = new HashMap<>();

    public synchronized void add(String path, Fault fault, int times) {
        if (times == 0 || times < ALWAYS) {
            throw new IllegalArgumentException("times must be positive (or ALWAYS)");
        }
        byPath.computeIfAbsent(path, p -> new ArrayDeque<>()).addLast(new Entry(fault, times));
    }

    /** Takes the fault for the next request to this path, or null. */
    public synchronized Fault next(String path) {
        Deque<Entry> queue = byPath.get(path);
        Entry head = queue == null ? null : queue.peekFirst();
        if (head == null) {
            return null;
        }
        if (head.remaining != ALWAYS && --head.remaining == 0) {
            queue.pollFirst();
        }
        return head.fault;
    }

    public synchronized void clear() {
        byPath.clear();
    }

    public synchronized void clear(String path) {
        byPath.remove(path);
    }

    public synchronized int pending(String path) {
        Deque<Entry> queue = byPath.get(path);
        return queue == null ? 0 : queue.size();
    }
}
