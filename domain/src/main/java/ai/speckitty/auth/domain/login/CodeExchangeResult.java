package ai.speckitty.auth.domain.login;

import ai.speckitty.auth.domain.refresh.TokenGrant;
import ai.speckitty.auth.domain.server.ServerFailure;
import java.util.Objects;

/** The answer to exchanging an authorization code for tokens (SPEC §2.3). */
public sealed interface CodeExchangeResult {

    /** 200 with the fields a login needs. */
    record Granted(TokenGrant grant) implements CodeExchangeResult {
        public Granted {
            Objects.requireNonNull(grant, "grant");
        }
    }

    /** An OAuth error answer (e.g. {@code invalid_grant}). */
    record Refused(String error) implements CodeExchangeResult {
        public Refused {
            Objects.requireNonNull(error, "error");
        }
    }

    /** Transport failure, 5xx, or a body that breaks the contract. */
    record Failed(ServerFailure failure) implements CodeExchangeResult {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
