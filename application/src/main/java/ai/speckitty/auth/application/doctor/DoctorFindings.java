package ai.speckitty.auth.application.doctor;

import ai.speckitty.auth.application.port.LockHolder;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.StorageFacts;
import ai.speckitty.auth.application.server.ServerResolution;
import ai.speckitty.auth.application.status.SessionSummary;
import ai.speckitty.auth.application.storage.CheckStoragePermissions;
import ai.speckitty.auth.application.storage.PermissionProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SPEC §4.8 findings table as code: each rule looks at gathered facts and may add a finding. */
final class DoctorFindings {
    private DoctorFindings() {}

    static List<Finding> of(StorageFacts storage, SessionRead read, Optional<SessionSummary> session, LockReport lock,
            ServerResolution server) {
        List<Finding> findings = new ArrayList<>();
        credentialFindings(read, findings);
        for (PermissionProblem problem : CheckStoragePermissions.problemsIn(storage)) {
            findings.add(new Finding.PermissionsTooOpen(problem));
        }
        session.ifPresent(s -> sessionFindings(s, findings));
        lockFindings(lock, findings);
        if (server.mismatch()) {
            findings.add(new Finding.ServerMismatch(server.configured().orElseThrow(), server.source(),
                    server.sessionUrl().orElseThrow()));
        }
        return findings;
    }

    private static void credentialFindings(SessionRead read, List<Finding> findings) {
        if (read instanceof SessionRead.Absent) {
            findings.add(new Finding.NoSession());
        } else if (read instanceof SessionRead.Unreadable unreadable) {
            findings.add(new Finding.CredentialsUnreadable(unreadable.location(), unreadable.reason(), unreadable.kind()));
        } else if (read instanceof SessionRead.FromNewerVersion newer) {
            findings.add(new Finding.CredentialsFromNewerVersion(newer.location(), newer.schemaVersion()));
        }
    }

    private static void sessionFindings(SessionSummary session, List<Finding> findings) {
        if (session.refreshExpired()) {
            findings.add(new Finding.CannotRenew(true));
        } else if (session.accessExpired() && !session.refreshable()) {
            // Same consequence as an expired refresh token: nothing can renew this session.
            findings.add(new Finding.CannotRenew(false));
        } else if (session.accessExpired()) {
            findings.add(new Finding.AccessTokenExpired());
        }
    }

    private static void lockFindings(LockReport lock, List<Finding> findings) {
        Optional<LockHolder> holder = lock.holder();
        if (lock.stuck()) {
            LockHolder h = holder.orElseThrow();
            findings.add(new Finding.LockStuck(h.pid(), h.host()));
        }
        if (lock.holderOnOtherHost()) {
            LockHolder h = holder.orElseThrow();
            findings.add(new Finding.LockOnOtherHost(h.pid(), h.host()));
        }
        if (lock.staleRecord()) {
            LockHolder h = holder.orElseThrow();
            findings.add(new Finding.StaleLockRecord(h.pid(), h.host()));
        }
    }
}
