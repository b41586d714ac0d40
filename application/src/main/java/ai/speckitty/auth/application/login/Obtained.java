package ai.speckitty.auth.application.login;

import ai.speckitty.auth.domain.refresh.TokenGrant;
import java.util.Optional;

/** The tokens one login flow obtained, or how it failed. */
record Obtained(Optional<TokenGrant> grant, Optional<LoginResult> failure) {

    static Obtained granted(TokenGrant grant) {
        return new Obtained(Optional.of(grant), Optional.empty());
    }

    static Obtained failed(LoginFailure failure, LoginDetail detail) {
        return new Obtained(Optional.empty(), Optional.of(new LoginResult.Failed(failure, detail)));
    }
}
