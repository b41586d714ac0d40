package ai.speckitty.auth.sandbox.server;

import ai.speckitty.auth.sandbox.SandboxUser;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Authorization codes of the browser flow: single use, 60 s, bound to redirect URI and PKCE challenge. */
public final class AuthorizationCodes {

    static final Duration LIFETIME = Duration.ofSeconds(60);

    /** What a code was issued for. */
    public record Grant(String redirectUri, String codeChallenge, SandboxUser user, Instant expiresAt) {
    }

    private final Map<String, Grant> grants = new HashMap<>();

    public synchronized String issue(String redirectUri, String codeChallenge, SandboxUser user, Instant now) {
        String code = Secrets.token(Secrets.CODE_PREFIX);
        grants.put(code, new Grant(redirectUri, codeChallenge, user, now.plus(LIFETIME)));
        return code;
    }

    /** Removes and answers the code's grant (any presentation uses it up), or null when unknown. */
    public synchronized Grant consume(String code) {
        return grants.remove(code);
    }
}
