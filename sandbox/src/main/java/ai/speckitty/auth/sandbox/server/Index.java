package ai.speckitty.auth.sandbox.server;

/** The plain-text page at {@code /}: what the sandbox serves, for a newcomer with curl. */
final class Index {

    static final String TEXT = """
            spec-kitty sandbox: a local stand-in for the spec-kitty server (SPEC §2, §7).

            GET  /oauth/authorize        redirects straight to the loopback callback
            POST /oauth/device           device authorization (approved automatically)
            POST /oauth/token            authorization_code, device_code and refresh_token grants
            POST /oauth/revoke           RFC 7009 revocation of a refresh token's family
            GET  /api/v1/me              identity (Bearer)
            GET  /api/v1/session-status  session status (Bearer)
            GET  /api/v1/sync/health/    sync probe (Bearer)
            POST /api/v1/events/batch/   event batch (Bearer)

            Admin (scripts): GET /__sandbox/journal, POST /__sandbox/journal/clear,
            POST /__sandbox/fault, POST /__sandbox/faults/clear, POST /__sandbox/config,
            POST /__sandbox/session, POST /__sandbox/clock/advance, GET /__sandbox/sessions.
            """;

    private Index() {
    }
}
