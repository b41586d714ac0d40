package ai.speckitty.auth.adapters.http.wire;

import feign.Headers;
import feign.RequestLine;
import feign.Response;

/**
 * The {@code /oauth/*} endpoints (SPEC §2.2–2.4). Every method returns the raw {@link Response}
 * so that any status comes back as a value; no Authorization header is ever sent here.
 */
@Headers({"Content-Type: application/x-www-form-urlencoded", "Accept: application/json"})
public interface OAuthEndpoints {

    @RequestLine("POST /oauth/device")
    Response device(Form form);

    @RequestLine("POST /oauth/token")
    Response token(Form form);

    @RequestLine("POST /oauth/revoke")
    Response revoke(Form form);
}
