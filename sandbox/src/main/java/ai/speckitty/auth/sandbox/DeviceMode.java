package ai.speckitty.auth.sandbox;

/**
 * How {@code POST /oauth/token} answers device-code polls (SPEC §2.3). Every mode first answers
 * {@code authorization_pending} for {@link SandboxConfig#devicePendingPolls()} polls (SLOW_DOWN
 * answers {@code slow_down} instead, at least once), and a device code older than its
 * {@code expires_in} always answers {@code expired_token}.
 */
public enum DeviceMode {
    /** Then issue tokens. */
    APPROVE,
    /** Then answer {@code access_denied}. */
    DENY,
    /** Then answer {@code expired_token}. */
    EXPIRE,
    /** Answer {@code slow_down} for the pending polls (at least one), then issue tokens. */
    SLOW_DOWN,
    /** Answer {@code authorization_pending} until the device code expires. */
    PENDING_FOREVER
}
