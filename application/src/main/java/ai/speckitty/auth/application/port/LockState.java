package ai.speckitty.auth.application.port;

import java.util.Objects;
import java.util.Optional;

/**
 * The refresh lock as probed without waiting: {@code held} comes from the OS lock, not from the
 * record; a record on a free lock is a stale leftover of a crashed holder.
 */
public record LockState(String location, boolean held, Optional<LockHolder> holder) {
    public LockState {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(holder, "holder");
    }
}
