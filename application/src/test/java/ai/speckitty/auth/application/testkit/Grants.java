package ai.speckitty.auth.application.testkit;

import ai.speckitty.auth.domain.refresh.RefreshResult;
import ai.speckitty.auth.domain.refresh.TokenGrant;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.RefreshToken;
import java.util.Optional;
import java.util.OptionalLong;

/** Token-endpoint answers for tests, with token values derived from a label. */
public final class Grants {
    private Grants() {}

    /** A grant with {@code access-<label>} / {@code refresh-<label>}, 1 h access lifetime and this generation. */
    public static TokenGrant grant(String label, long generation) {
        return new TokenGrant(new AccessToken("access-" + label), OptionalLong.of(3600),
                Optional.of(new RefreshToken("refresh-" + label)), Optional.of("sess_" + label), Optional.of("offline_access"),
                Optional.empty(), OptionalLong.empty(), OptionalLong.of(generation));
    }

    public static RefreshResult rotated(String label, long generation) {
        return new RefreshResult.Rotated(grant(label, generation));
    }
}
