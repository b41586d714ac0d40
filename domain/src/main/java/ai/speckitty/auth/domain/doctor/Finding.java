package ai.speckitty.auth.domain.doctor;

import java.util.Objects;

/** One doctor finding: what is wrong (or worth knowing) and how to fix it. */
public record Finding(FindingId id, String summary, String remedy) {
    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(remedy, "remedy");
    }

    public Severity severity() {
        return id.severity();
    }

    public boolean critical() {
        return id.severity() == Severity.CRITICAL;
    }
}
