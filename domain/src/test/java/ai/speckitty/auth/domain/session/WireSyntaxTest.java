package ai.speckitty.auth.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.domain.login.AuthorizationCode;
import ai.speckitty.auth.domain.login.DeviceCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shape a foreign value must have before it is stored, sent in a header or shown. */
class WireSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "abc-DEF.ghi_jkl~mno+pqr/stu", "eyJhbGciOi.eyJzdWIi.sig==", "x=", "0"})
    void b64tokensAreTokens(String value) {
        assertTrue(WireSyntax.isToken(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "=", "==", "a b", "a\"b", "a\nb", "a\rb", "a\tb", "a=b", "a,b", "a;b", "é", "a\u0000",
            "a\u007f", "a\u0085", "a\u202e", "Bearer x"})
    void everythingElseIsNot(String value) {
        assertFalse(WireSyntax.isToken(value));
    }

    @Test
    void tokensHaveALengthLimit() {
        assertTrue(WireSyntax.isToken("a".repeat(WireSyntax.MAX_TOKEN_LENGTH)));
        assertFalse(WireSyntax.isToken("a".repeat(WireSyntax.MAX_TOKEN_LENGTH + 1)));
        assertFalse(WireSyntax.isToken(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b", "a\nb", "a\u001b[31m", "\u00e9", "a\u007f"})
    void codesIdsAndUserCodesAreVisibleAscii(String bad) {
        assertFalse(WireSyntax.isCode(bad));
        assertFalse(WireSyntax.isSessionId(bad));
        assertFalse(WireSyntax.isUserCode(bad));
        assertTrue(WireSyntax.isCode("Ab0-._~!$&'()*+,;=:@/?"));
        assertTrue(WireSyntax.isSessionId("sess_01J"));
        assertTrue(WireSyntax.isUserCode("WDJB-MJHT"));
    }

    @Test
    void codesIdsAndUserCodesHaveLengthLimits() {
        assertFalse(WireSyntax.isCode("a".repeat(WireSyntax.MAX_CODE_LENGTH + 1)));
        assertFalse(WireSyntax.isSessionId("a".repeat(WireSyntax.MAX_SESSION_ID_LENGTH + 1)));
        assertFalse(WireSyntax.isUserCode("a".repeat(WireSyntax.MAX_USER_CODE_LENGTH + 1)));
        assertTrue(WireSyntax.isUserCode("a".repeat(WireSyntax.MAX_USER_CODE_LENGTH)));
    }

    @Test
    void secretTypesRefuseAnInvalidValueWithoutQuotingIt() {
        String secret = "zq\"xw\nQ";
        for (Runnable make : new Runnable[] {() -> new AccessToken(secret), () -> new RefreshToken(secret),
                () -> new DeviceCode(secret), () -> new AuthorizationCode(secret)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::run);
            assertFalse(e.getMessage().contains("zq"), e.getMessage());
        }
        assertEquals("AccessToken[redacted]", new AccessToken("ok").toString());
    }
}
