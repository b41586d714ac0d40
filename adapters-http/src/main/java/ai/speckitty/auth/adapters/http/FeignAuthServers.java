package ai.speckitty.auth.adapters.http;

import ai.speckitty.auth.adapters.http.json.Json;
import ai.speckitty.auth.adapters.http.transport.CallLog;
import ai.speckitty.auth.adapters.http.transport.ProxyRoutes;
import ai.speckitty.auth.adapters.http.transport.RoutedClient;
import ai.speckitty.auth.adapters.http.transport.TrustBundle;
import ai.speckitty.auth.adapters.http.transport.UnusableSetting;
import ai.speckitty.auth.adapters.http.wire.ApiEndpoints;
import ai.speckitty.auth.adapters.http.wire.BodyEncoder;
import ai.speckitty.auth.adapters.http.wire.OAuthEndpoints;
import ai.speckitty.auth.adapters.http.wire.SiteEndpoints;
import ai.speckitty.auth.adapters.http.wire.SyncEndpoints;
import ai.speckitty.auth.application.port.AuthServer;
import ai.speckitty.auth.application.port.AuthServers;
import ai.speckitty.auth.domain.session.ServerUrl;
import feign.Client;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.jackson.JacksonEncoder;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLSocketFactory;

/**
 * Connects to spec-kitty servers over HTTPS (http only to loopback) with Feign and the JDK's
 * HttpURLConnection: no POST is ever retried or re-sent (the JDK may repeat an idempotent GET once
 * when a connection dies before any answer), redirects are not followed, each call ends by one
 * total deadline (10 s, 5 s for the sync probe, 3 s for the check before a browser sign-in) with
 * its whole body of at most 1 MiB, every value of an answer is checked before it becomes a domain
 * value, the proxy variables and an extra CA bundle ({@code SPEC_KITTY_CA_BUNDLE}) are honoured,
 * and the optional debug log gets one secret-free line per call.
 */
public final class FeignAuthServers implements AuthServers {
    private static final String RETRY_POST = "sun.net.http.retryPost";
    private static final String TUNNELING_DISABLED_SCHEMES = "jdk.http.auth.tunneling.disabledSchemes";

    private final Client client;
    private final Json json = new Json();
    private final BodyEncoder encoder = new BodyEncoder(new JacksonEncoder(json.mapper()));
    private final HttpSettings settings;

    private FeignAuthServers(Client client, HttpSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /**
     * Reads the proxy ({@code https_proxy}/{@code HTTPS_PROXY}, {@code no_proxy}/{@code NO_PROXY})
     * and CA bundle variables from {@code env}; {@code debugLog} (null when {@code --debug} is off)
     * receives one line per call, never a token, header value or body.
     *
     * @throws HttpSetupException when a variable names an unusable proxy or CA file; its message
     *     is safe to print
     */
    public static FeignAuthServers create(Map<String, String> env, Consumer<String> debugLog) {
        return create(env, debugLog, HttpSettings.DEFAULT);
    }

    static FeignAuthServers create(Map<String, String> env, Consumer<String> debugLog, HttpSettings settings) {
        // HttpURLConnection silently re-sends a POST after a dropped connection unless this is set
        // before its first use; a re-sent refresh would spend the new token.
        System.setProperty(RETRY_POST, "false");
        ProxyRoutes routes;
        Optional<TrustBundle> bundle;
        try {
            routes = ProxyRoutes.fromEnvironment(env);
            bundle = TrustBundle.fromEnvironment(env);
        } catch (UnusableSetting e) {
            throw new HttpSetupException(e.getMessage());
        }
        if (routes.credentials().isPresent() && System.getProperty(TUNNELING_DISABLED_SCHEMES) == null) {
            // The JDK refuses Basic for CONNECT tunnels unless told otherwise; the user asked for it
            // by putting credentials in the proxy URL.
            System.setProperty(TUNNELING_DISABLED_SCHEMES, "");
        }
        SSLSocketFactory sockets = bundle.map(TrustBundle::socketFactory).orElse(null);
        Client client = new RoutedClient(sockets, routes);
        if (debugLog != null) {
            debugLog.accept("http: " + routes.describe());
            bundle.ifPresent(b -> debugLog.accept("http: " + b.describe()));
            client = new CallLog(client, debugLog);
        }
        return new FeignAuthServers(client, settings);
    }

    @Override
    public AuthServer at(ServerUrl server) {
        return atUrl(server.value());
    }

    /** The server at this base URL (no trailing slash); plain http to a non-loopback host is refused. */
    AuthServer atUrl(String baseUrl) {
        Feign.Builder calls = builder(settings.callTimeout());
        Feign.Builder probes = builder(settings.probeTimeout());
        return new FeignAuthServer(baseUrl,
                new LazyTarget<>(() -> calls.target(OAuthEndpoints.class, baseUrl)),
                new LazyTarget<>(() -> calls.target(ApiEndpoints.class, baseUrl)),
                new LazyTarget<>(() -> probes.target(SyncEndpoints.class, baseUrl)),
                new LazyTarget<>(() -> builder(settings.reachTimeout()).target(SiteEndpoints.class, baseUrl)),
                json);
    }

    private Feign.Builder builder(Duration timeout) {
        return Feign.builder()
                .client(client)
                .encoder(encoder)
                .retryer(Retryer.NEVER_RETRY)
                .logger(new Logger.NoOpLogger())
                .logLevel(Logger.Level.NONE)
                .options(new Request.Options(timeout, timeout, false));
    }
}
