package ai.speckitty.auth.application.doctor;

import ai.speckitty.auth.application.port.StorageFacts;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.status.SessionSummary;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the offline doctor found (SPEC §4.8): storage facts, the session (without secrets),
 * the refresh lock, the server resolution and the findings, most severe first.
 */
public record DoctorReport(
        Instant generatedAt,
        StorageFacts storage,
        CredentialsState credentials,
        Optional<SessionSummary> session,
        LockReport lock,
        ServerResolution server,
        List<Finding> findings) {
    public DoctorReport {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(lock, "lock");
        Objects.requireNonNull(server, "server");
        findings = List.copyOf(findings);
    }

    /** True when any finding is critical: doctor then exits 1. */
    public boolean hasCriticalFinding() {
        return findings.stream().anyMatch(Finding::critical);
    }
}
