package ai.speckitty.auth.application.doctor;

import ai.speckitty.auth.application.port.LockHolder;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.StorageFacts;
import ai.speckitty.auth.application.port.UnreadableKind;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.status.SessionSummary;
import ai.speckitty.auth.application.storage.CheckStoragePermissions;
import ai.speckitty.auth.application.storage.PermissionProblem;
import ai.speckitty.auth.domain.doctor.Finding;
import ai.speckitty.auth.domain.doctor.FindingId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SPEC §4.8 findings table as code: each rule looks at gathered facts and may add a finding. */
final class DoctorFindings {
    private static final String LOGIN = "spec-kitty auth login";

    private DoctorFindings() {}

    static List<Finding> of(StorageFacts storage, SessionRead read, Optional<SessionSummary> session, LockReport lock,
            ServerResolution server) {
        List<Finding> findings = new ArrayList<>();
        credentialFindings(read, findings);
        for (PermissionProblem problem : CheckStoragePermissions.problemsIn(storage)) {
            findings.add(new Finding(FindingId.F_103, problem.summary() + ".", problem.remedy()));
        }
        session.ifPresent(s -> sessionFindings(s, findings));
        lockFindings(lock, findings);
        if (server.mismatch()) {
            findings.add(new Finding(FindingId.F_105,
                    "The configured server " + server.configured().orElseThrow() + " (" + server.source().label()
                            + ") differs from the session's server " + server.sessionUrl().orElseThrow() + ".",
                    LOGIN + " to sign in to " + server.configured().orElseThrow() + ", or fix "
                            + server.source().label()));
        }
        return findings;
    }

    private static void credentialFindings(SessionRead read, List<Finding> findings) {
        if (read instanceof SessionRead.Absent) {
            findings.add(new Finding(FindingId.F_001, "No session is stored.", LOGIN));
        } else if (read instanceof SessionRead.Unreadable unreadable) {
            findings.add(new Finding(FindingId.F_101,
                    "The credentials file " + unreadable.location() + " is unreadable: " + unreadable.reason() + ".",
                    unreadable.kind() == UnreadableKind.NOT_A_REGULAR_FILE
                            ? "remove or rename " + unreadable.location() + ", then " + LOGIN
                            : LOGIN + " --force (the old file is kept aside)"));
        } else if (read instanceof SessionRead.FromNewerVersion newer) {
            findings.add(new Finding(FindingId.F_102,
                    "The credentials file " + newer.location() + " was written by a newer version of spec-kitty"
                            + " (schema_version " + newer.schemaVersion() + ").",
                    "use that version of spec-kitty"));
        }
    }

    private static void sessionFindings(SessionSummary session, List<Finding> findings) {
        if (session.refreshExpired()) {
            findings.add(new Finding(FindingId.F_104, "The refresh token has expired; the session cannot be renewed.",
                    LOGIN));
        } else if (session.accessExpired() && !session.refreshable()) {
            // Same consequence as an expired refresh token: nothing can renew this session.
            findings.add(new Finding(FindingId.F_104,
                    "The access token has expired and the session holds no refresh token; it cannot be renewed.",
                    LOGIN));
        } else if (session.accessExpired()) {
            findings.add(new Finding(FindingId.F_107, "The access token has expired; it is refreshed on next use.",
                    "none"));
        }
    }

    private static void lockFindings(LockReport lock, List<Finding> findings) {
        Optional<LockHolder> holder = lock.holder();
        if (lock.stuck()) {
            LockHolder h = holder.orElseThrow();
            findings.add(new Finding(FindingId.F_003,
                    "The refresh lock has been held for more than 60 s by pid " + h.pid() + " on " + h.host() + ".",
                    "stop process " + h.pid() + " on " + h.host()
                            + " if it hangs; the lock frees itself when it exits"));
        }
        if (lock.holderOnOtherHost()) {
            LockHolder h = holder.orElseThrow();
            findings.add(new Finding(FindingId.F_007,
                    "The refresh lock record names another host (" + h.host() + ", pid " + h.pid() + ").",
                    "check for a shared home directory"));
        }
        if (lock.staleRecord()) {
            LockHolder h = holder.orElseThrow();
            findings.add(new Finding(FindingId.F_106,
                    "The refresh lock is free but holds a stale record (pid " + h.pid() + " on " + h.host()
                            + "), left by a process that ended while holding it; it is harmless.",
                    "spec-kitty auth doctor --unstick-lock (optional)"));
        }
    }
}
