/**
 * The spec-kitty auth client for any JVM front end: {@link ai.speckitty.auth.embedding.SpecKittyAuth}
 * assembles the default adapters (TOML store, HTTP client, loopback listener, system browser) from a
 * home directory and settings, without a console or an exit. Only this package is exported; its
 * results are the application's values, which front ends read through {@code requires transitive}.
 */
module ai.speckitty.auth.embedding {
    requires transitive ai.speckitty.auth.application;
    requires ai.speckitty.auth.adapters.store;
    requires ai.speckitty.auth.adapters.http;

    exports ai.speckitty.auth.embedding;
}
