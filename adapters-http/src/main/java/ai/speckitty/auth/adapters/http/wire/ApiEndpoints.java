package ai.speckitty.auth.adapters.http.wire;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;

/** The bearer-authenticated {@code /api/v1} endpoints used at login and by doctor (SPEC §2.5–2.6). */
@Headers({"Authorization: Bearer {token}", "Accept: application/json"})
public interface ApiEndpoints {

    @RequestLine("GET /api/v1/me")
    Response me(@Param("token") String accessToken);

    @RequestLine("GET /api/v1/session-status")
    Response sessionStatus(@Param("token") String accessToken);
}
