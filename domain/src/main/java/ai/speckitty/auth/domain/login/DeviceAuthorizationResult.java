package ai.speckitty.auth.domain.login;

import ai.speckitty.auth.domain.server.ServerFailure;
import java.util.Objects;

/** The answer to {@code POST /oauth/device}. */
public sealed interface DeviceAuthorizationResult {

    /** 200 with the required fields. */
    record Started(DeviceAuthorization authorization) implements DeviceAuthorizationResult {
        public Started {
            Objects.requireNonNull(authorization, "authorization");
        }
    }

    /** An OAuth error answer (e.g. {@code invalid_client}). */
    record Refused(String error) implements DeviceAuthorizationResult {
        public Refused {
            Objects.requireNonNull(error, "error");
        }
    }

    /** Transport failure, 5xx, or a body that breaks the contract. */
    record Failed(ServerFailure failure) implements DeviceAuthorizationResult {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
