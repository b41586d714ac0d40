package ai.speckitty.auth.domain.server;

import java.util.Objects;

/** The answer to the sync connectivity probe (SPEC §2.7), before it is judged (SPEC §4.9). */
public sealed interface SyncProbeResult {

    /** Health 200, or the legacy batch fallback's 200 / 400 "No events provided". */
    record Connected(int httpStatus, boolean viaLegacyBatch) implements SyncProbeResult {}

    /** Any other HTTP status (401, 403, 5xx, ...) from the endpoint that answered last. */
    record Answered(int httpStatus) implements SyncProbeResult {}

    /** No answer: DNS, refused, timeout. */
    record Unreachable(ServerFailure.TransportProblem problem) implements SyncProbeResult {
        public Unreachable {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
