/** The spec-kitty command line (picocli) and the composition root that wires the adapters. */
module ai.speckitty.auth.adapters.cli {
    requires ai.speckitty.auth.application;
    requires ai.speckitty.auth.adapters.store;
    requires ai.speckitty.auth.adapters.http;
    requires info.picocli;

    // The launcher names the main class, not this module (bin/spec-kitty says why): a module that
    // exports a package is resolved into the boot layer without being named.
    exports ai.speckitty.auth.adapters.cli;
}
