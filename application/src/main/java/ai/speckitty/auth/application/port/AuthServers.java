package ai.speckitty.auth.application.port;

import ai.speckitty.auth.domain.session.ServerUrl;

/**
 * Connects to a spec-kitty server; calls that carry a session's tokens must use the server
 * recorded in that session (SPEC §4.1).
 */
public interface AuthServers {

    /** The server at this base URL. */
    AuthServer at(ServerUrl server);
}
