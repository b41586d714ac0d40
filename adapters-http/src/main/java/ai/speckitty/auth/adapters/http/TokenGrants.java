package ai.speckitty.auth.adapters.http;

import ai.speckitty.auth.adapters.http.json.Json;
import ai.speckitty.auth.adapters.http.json.TokenJson;
import ai.speckitty.auth.domain.refresh.TokenGrant;
import ai.speckitty.auth.domain.server.ServerFailure;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.RefreshToken;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads a 200 token answer (SPEC §2.3) into a {@link TokenGrant}, or says what breaks the contract. */
final class TokenGrants {
    private TokenGrants() {}

    /** A grant, or the reason the body is unusable (never quoting it). */
    record Parsed(Optional<TokenGrant> grant, String problem) {
        static Parsed ok(TokenGrant grant) {
            return new Parsed(Optional.of(grant), "");
        }

        static Parsed bad(String problem) {
            return new Parsed(Optional.empty(), problem);
        }

        ServerFailure failure() {
            return new ServerFailure.MalformedAnswer(200, problem);
        }
    }

    /** {@code forLogin}: login answers must also carry refresh_token, expires_in and session_id. */
    static Parsed parse(Json json, byte[] body, boolean forLogin) {
        Optional<TokenJson> read = json.read(body, TokenJson.class);
        if (read.isEmpty()) {
            return Parsed.bad("the body is not the token JSON object");
        }
        TokenJson t = read.get();
        if (blank(t.accessToken())) {
            return Parsed.bad("access_token is missing");
        }
        if (t.tokenType() != null && !t.tokenType().equalsIgnoreCase("bearer")) {
            return Parsed.bad("token_type is not Bearer");
        }
        if (t.refreshToken() != null && t.refreshToken().isBlank()) {
            return Parsed.bad("refresh_token is empty");
        }
        if (negative(t.expiresIn()) || negative(t.refreshTokenExpiresIn())) {
            return Parsed.bad("a lifetime in seconds is negative");
        }
        Optional<Instant> refreshExpiresAt = Optional.empty();
        if (t.refreshTokenExpiresAt() != null) {
            refreshExpiresAt = IsoTimes.parseIso(t.refreshTokenExpiresAt());
            if (refreshExpiresAt.isEmpty()) {
                return Parsed.bad("refresh_token_expires_at is not an ISO-8601 time");
            }
        }
        if (forLogin) {
            if (t.refreshToken() == null) {
                return Parsed.bad("refresh_token is missing (required at login)");
            }
            if (t.expiresIn() == null) {
                return Parsed.bad("expires_in is missing (required at login)");
            }
            if (blank(t.sessionId())) {
                return Parsed.bad("session_id is missing (required at login)");
            }
        }
        return Parsed.ok(new TokenGrant(
                new AccessToken(t.accessToken()),
                optionalLong(t.expiresIn()),
                Optional.ofNullable(t.refreshToken()).map(RefreshToken::new),
                Optional.ofNullable(t.sessionId()).filter(s -> !s.isBlank()),
                Optional.ofNullable(t.scope()),
                refreshExpiresAt,
                optionalLong(t.refreshTokenExpiresIn()),
                optionalLong(t.generation())));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean negative(Long n) {
        return n != null && n < 0;
    }

    private static OptionalLong optionalLong(Long n) {
        return n == null ? OptionalLong.empty() : OptionalLong.of(n);
    }
}
