/** The spec-kitty command line (picocli) and the composition root that wires the adapters. */
module ai.speckitty.auth.adapters.cli {
    requires ai.speckitty.auth.application;
    requires ai.speckitty.auth.adapters.store;
    requires ai.speckitty.auth.adapters.http;
    requires info.picocli;
}
