package ai.speckitty.auth.application.port;

import java.util.Optional;

/** The state directory ({@code SPEC_KITTY_HOME}) that a new session will be written to. */
public interface StateDirectory {

    /**
     * Why a session could not be stored there now, checked without creating or changing anything;
     * empty when the directory exists and is writable, or can be created.
     */
    Optional<StateDirectoryProblem> problem();
}
