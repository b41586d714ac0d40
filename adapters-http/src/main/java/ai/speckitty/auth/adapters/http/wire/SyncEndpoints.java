package ai.speckitty.auth.adapters.http.wire;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;
import java.util.Map;

/** The sync connectivity probe and its legacy fallback (SPEC §2.7); built with the 5 s timeout. */
@Headers({"Authorization: Bearer {token}", "Accept: application/json"})
public interface SyncEndpoints {

    @RequestLine("GET /api/v1/sync/health/")
    Response health(@Param("token") String accessToken);

    @RequestLine("POST /api/v1/events/batch/")
    @Headers("Content-Type: application/json")
    Response eventsBatch(@Param("token") String accessToken, Map<String, Object> batch);
}
