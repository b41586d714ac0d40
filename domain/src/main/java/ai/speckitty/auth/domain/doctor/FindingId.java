package ai.speckitty.auth.domain.doctor;

/** The stable identifiers of doctor findings (SPEC §4.8), each with its fixed severity. */
public enum FindingId {
    F_001("F-001", Severity.CRITICAL),
    F_003("F-003", Severity.CRITICAL),
    F_007("F-007", Severity.WARN),
    F_101("F-101", Severity.CRITICAL),
    F_102("F-102", Severity.CRITICAL),
    F_103("F-103", Severity.CRITICAL),
    F_104("F-104", Severity.CRITICAL),
    F_105("F-105", Severity.WARN),
    F_106("F-106", Severity.INFO),
    F_107("F-107", Severity.INFO);

    private final String code;
    private final Severity severity;

    FindingId(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    /** The id as printed, e.g. {@code F-103}. */
    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }
}
