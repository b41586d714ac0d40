package ai.speckitty.auth.adapters.http.json;

/** The OAuth error envelope; only {@code error} is branched on, never {@code error_code}. */
public record OAuthErrorJson(String error, Double retryAfter) {}
