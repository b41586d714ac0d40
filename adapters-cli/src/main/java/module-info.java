/**
 * The spec-kitty command line (picocli): one front end of the embedding API, whose one wiring of
 * the adapters it uses; it adds only the console, signals and rendering.
 */
module ai.speckitty.auth.adapters.cli {
    requires ai.speckitty.auth.embedding;
    requires info.picocli;

    // The launcher names the main class, not this module (bin/spec-kitty says why): a module that
    // exports a package is resolved into the boot layer without being named.
    exports ai.speckitty.auth.adapters.cli;
}
