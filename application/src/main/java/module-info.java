/** The use cases of the spec-kitty auth client and the ports (interfaces) they depend on. */
module ai.speckitty.auth.application {
    requires transitive ai.speckitty.auth.domain;

    exports ai.speckitty.auth.application.port;
    exports ai.speckitty.auth.application.server;
    exports ai.speckitty.auth.application.storage;
    exports ai.speckitty.auth.application.status;
    exports ai.speckitty.auth.application.doctor;
}
