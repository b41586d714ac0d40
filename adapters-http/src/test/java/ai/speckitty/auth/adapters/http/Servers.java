package ai.speckitty.auth.adapters.http;

import ai.speckitty.auth.application.port.AuthServer;
import ai.speckitty.auth.domain.session.ServerUrl;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.Map;

/** Builds the adapter the way the composition root does, pointed at a test server. */
final class Servers {
    private Servers() {}

    static AuthServer at(WireMockExtension wm) {
        return FeignAuthServers.create(Map.of(), null).at(new ServerUrl(wm.baseUrl()));
    }

    static AuthServer at(String baseUrl) {
        return FeignAuthServers.create(Map.of(), null).at(new ServerUrl(baseUrl));
    }

    /** With short timeouts, for timeout tests that must not take 10 s. */
    static AuthServer withTimeout(WireMockExtension wm, Duration timeout) {
        return FeignAuthServers.create(Map.of(), null, new HttpSettings(timeout, timeout)).at(new ServerUrl(wm.baseUrl()));
    }
}
