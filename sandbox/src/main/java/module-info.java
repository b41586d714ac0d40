/**
 * A local stand-in for the spec-kitty server (SPEC §7): JDK only, for tests, scripts and newcomers.
 * The API is {@code ai.speckitty.auth.sandbox}; the HTTP server, JSON and state are internal.
 */
module ai.speckitty.auth.sandbox {
    exports ai.speckitty.auth.sandbox;
}
