/** The Feign HTTP client for the spec-kitty server contract (SPEC §2), and the loopback login callback. */
module ai.speckitty.auth.adapters.http {
    requires transitive ai.speckitty.auth.application;
    requires jdk.httpserver;
    requires feign.core;
    requires feign.jackson;
    requires com.fasterxml.jackson.databind;

    exports ai.speckitty.auth.adapters.http;
    exports ai.speckitty.auth.adapters.http.loopback;

    // Jackson builds the DTO records by reflection; nobody else may look inside.
    opens ai.speckitty.auth.adapters.http.json to com.fasterxml.jackson.databind;
}
