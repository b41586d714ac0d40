package ai.speckitty.auth.sandbox.server;

import ai.speckitty.auth.sandbox.DeviceMode;
import ai.speckitty.auth.sandbox.SandboxUser;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Device authorizations (RFC 8628) and how each poll is answered under a {@link DeviceMode}. */
public final class DeviceGrants {

    /** The answer to one poll. */
    public enum Poll { UNKNOWN, ALREADY_USED, EXPIRED, PENDING, SLOW_DOWN, DENIED, APPROVED }

    /** A started device authorization. */
    public record Started(String deviceCode, String userCode) {
    }

    private static final class Grant {
        final SandboxUser user;
        final Instant expiresAt;
        int polls;
        boolean used;

        Grant(SandboxUser user, Instant expiresAt) {
            this.user = user;
            this.expiresAt = expiresAt;
        }
    }

    private final Map<String, Grant> grants = new HashMap<>();

    public synchronized Started start(SandboxUser user, Instant now, Duration lifetime) {
        String deviceCode = Secrets.token(Secrets.DEVICE_CODE_PREFIX);
        grants.put(deviceCode, new Grant(user, now.plus(lifetime)));
        return new Started(deviceCode, Secrets.userCode());
    }

    /** Counts a poll and answers it; APPROVED uses the device code up. */
    public synchronized Poll poll(String deviceCode, Instant now, DeviceMode mode, int pendingPolls) {
        Grant grant = grants.get(deviceCode);
        if (grant == null) {
            return Poll.UNKNOWN;
        }
        if (grant.used) {
            return Poll.ALREADY_USED;
        }
        if (!now.isBefore(grant.expiresAt)) {
            return Poll.EXPIRED;
        }
        int poll = ++grant.polls;
        Poll answer = switch (mode) {
            case PENDING_FOREVER -> Poll.PENDING;
            case SLOW_DOWN -> poll <= Math.max(1, pendingPolls) ? Poll.SLOW_DOWN : Poll.APPROVED;
            case APPROVE -> poll <= pendingPolls ? Poll.PENDING : Poll.APPROVED;
            case DENY -> poll <= pendingPolls ? Poll.PENDING : Poll.DENIED;
            case EXPIRE -> poll <= pendingPolls ? Poll.PENDING : Poll.EXPIRED;
        };
        if (answer == Poll.APPROVED) {
            grant.used = true;
        }
        return answer;
    }

    /** The user a device code was started for (null when unknown). */
    public synchronized SandboxUser user(String deviceCode) {
        Grant grant = grants.get(deviceCode);
        return grant == null ? null : grant.user;
    }
}
