package ai.speckitty.auth.domain.revoke;

/** What RFC 7009 revocation of the refresh token achieved at logout (SPEC §4.5). */
public enum RevokeOutcome {
    /** HTTP 200 whose body has {@code revoked} exactly {@code true}. */
    REVOKED,
    /** Any 4xx/5xx, a 200 with another body, a non-JSON body or an unexpected error. */
    SERVER_FAILURE,
    /** DNS, connect or timeout failure: the server may not have seen the request. */
    NETWORK_ERROR,
    /** The session has no refresh token, so no request was made. */
    NO_REFRESH_TOKEN
}
