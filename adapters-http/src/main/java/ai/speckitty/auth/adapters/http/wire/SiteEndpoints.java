package ai.speckitty.auth.adapters.http.wire;

import feign.RequestLine;
import feign.Response;

/**
 * The server's base URL itself, asked before a browser sign-in whether anything answers there
 * (any status will do); built with the short reach deadline, and it carries no credential.
 */
public interface SiteEndpoints {

    @RequestLine("GET /")
    Response base();
}
