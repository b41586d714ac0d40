package ai.speckitty.auth.application.doctor;

import ai.speckitty.auth.application.port.LockHolder;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The refresh lock as doctor sees it (SPEC §3): {@code held} comes from probing the OS lock; the
 * holder record is either the live holder's or, on a free lock, a stale leftover.
 *
 * @param age               how long ago the recorded holder started, when the record says
 * @param stuck             held and the holder started more than 60 s ago
 * @param staleRecord       a holder record on a lock nobody holds
 * @param holderOnOtherHost the record names a host other than this one
 */
public record LockReport(
        String location,
        boolean held,
        Optional<LockHolder> holder,
        Optional<Duration> age,
        boolean stuck,
        boolean staleRecord,
        boolean holderOnOtherHost) {
    public LockReport {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(age, "age");
    }
}
