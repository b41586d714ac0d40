/** The spec-kitty session model and the rules about it; pure Java, no dependencies. */
module ai.speckitty.auth.domain {
    exports ai.speckitty.auth.domain.session;
    exports ai.speckitty.auth.domain.refresh;
    exports ai.speckitty.auth.domain.revoke;
    exports ai.speckitty.auth.domain.doctor;
    exports ai.speckitty.auth.domain.login;
    exports ai.speckitty.auth.domain.server;
}
