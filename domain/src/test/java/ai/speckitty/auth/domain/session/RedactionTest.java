package ai.speckitty.auth.domain.session;

import static ai.speckitty.auth.domain.testkit.TestSessions.NOW;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.domain.login.AuthorizationCode;
import ai.speckitty.auth.domain.login.DeviceAuthorization;
import ai.speckitty.auth.domain.login.DeviceAuthorizationResult;
import ai.speckitty.auth.domain.login.DeviceCode;
import ai.speckitty.auth.domain.login.PkceVerifier;
import ai.speckitty.auth.domain.refresh.RefreshResult;
import ai.speckitty.auth.domain.refresh.TokenGrant;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SPEC §6: no token value in any {@code toString()}, however deeply the token is nested. */
class RedactionTest {

    private static final String ACCESS = "acc-7f3a9c1e-SECRET";
    private static final String REFRESH = "ref-19be42d0-SECRET";

    static Stream<Arguments> holdersOfTokens() {
        AccessToken access = new AccessToken(ACCESS);
        RefreshToken refresh = new RefreshToken(REFRESH);
        Tokens tokens = new Tokens(access, Optional.of(refresh), NOW, Optional.of(NOW.plusSeconds(86400)),
                Optional.of("offline_access"));
        StoredSession session = new StoredSession(Optional.of(new ServerUrl("https://app.spec-kitty.ai")), tokens,
                new SessionInfo(Optional.of("sess_01J"), OptionalLong.of(7), Optional.of(AuthMethod.DEVICE_CODE),
                        Optional.of(NOW), Optional.of(NOW)),
                new User(Optional.of("u_123"), Optional.of("ada@example.com"), Optional.of("Ada"), Optional.of("t_1")),
                List.of(new Team(Optional.of("t_1"), "Ada's space", Optional.of("owner"), true)));
        TokenGrant grant = new TokenGrant(access, OptionalLong.of(3600), Optional.of(refresh), Optional.of("sess_01J"),
                Optional.of("offline_access"), Optional.of(NOW), OptionalLong.of(86400), OptionalLong.of(8));
        return Stream.of(
                Arguments.of("AccessToken", access),
                Arguments.of("RefreshToken", refresh),
                Arguments.of("Tokens", tokens),
                Arguments.of("StoredSession", session),
                Arguments.of("TokenGrant", grant),
                Arguments.of("RefreshResult.Rotated", new RefreshResult.Rotated(grant)),
                Arguments.of("AuthorizationCode", new AuthorizationCode("code-7f3a9c1e-SECRET")),
                Arguments.of("PkceVerifier", new PkceVerifier("pkce-19be42d0-SECRET-" + "v".repeat(30))),
                Arguments.of("DeviceAuthorizationResult.Started", new DeviceAuthorizationResult.Started(
                        new DeviceAuthorization(new DeviceCode("dev-7f3a9c1e-SECRET"), "ABCDEFGH",
                                "https://app.spec-kitty.ai/device", Optional.empty(), Duration.ofSeconds(900),
                                Duration.ofSeconds(5)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("holdersOfTokens")
    void toStringNeverShowsATokenValue(String type, Object holder) {
        String shown = holder.toString();
        assertFalse(shown.contains("SECRET"), () -> type + " shows a token: " + shown);
        assertFalse(shown.contains("7f3a9c1e"), () -> type + " shows the access token: " + shown);
        assertFalse(shown.contains("19be42d0"), () -> type + " shows the refresh token: " + shown);
        assertTrue(shown.contains("redacted"), () -> type + " does not say a token is redacted: " + shown);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("holdersOfTokens")
    void theValueStaysAvailableToTheCodeThatSendsIt(String type, Object holder) {
        if (holder instanceof AccessToken token) {
            assertTrue(token.value().equals(ACCESS));
        } else if (holder instanceof RefreshToken token) {
            assertTrue(token.value().equals(REFRESH));
        } else if (holder instanceof StoredSession session) {
            assertTrue(session.tokens().access().value().equals(ACCESS));
            assertTrue(session.tokens().refresh().orElseThrow().value().equals(REFRESH));
            assertTrue(session.toString().contains("ada@example.com"), "email may be shown (SPEC §6)");
            assertTrue(session.toString().contains("sess_01J"), "session id may be shown (SPEC §6)");
        }
    }
}
