/**
 * A local stand-in for the spec-kitty server (SPEC §7) for tests, scripts and newcomers: WireMock
 * serves HTTP, the sandbox's extension holds the OAuth model. The API is
 * {@code ai.speckitty.auth.sandbox}; the model and the endpoints are internal.
 *
 * <p>WireMock cannot run on the module path (no module name, split packages in its dependencies),
 * so this module is compiled reading the class path ({@code --add-reads ...=ALL-UNNAMED} in the
 * pom) and runs on the class path: its descriptor states the API, JPMS does not enforce it at run time.
 */
module ai.speckitty.auth.sandbox {
    requires com.fasterxml.jackson.databind;

    exports ai.speckitty.auth.sandbox;
}
