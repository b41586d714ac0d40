package ai.speckitty.auth.domain.doctor;

/** How much a doctor finding matters; any critical finding makes doctor exit 1. */
public enum Severity {
    CRITICAL,
    WARN,
    INFO;

    /** The lower-case name used in output and JSON. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
