package ai.speckitty.auth.sandbox.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import java.io.IOException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import java.nio.file.Path;

/**
 * Starts the WireMock server the sandbox runs in: 127.0.0.1 only, one catch-all stub answered by
 * the {@link Router}, and nothing WireMock would otherwise load or do at start that the sandbox
 * does not use (extension scanning, templating, the request journal, CORS, gzip, XML factories,
 * files, and the proxy's Apache HTTP client with its TLS set-up), which is most of its start-up cost.
 */
public final class WireMockHost {

    /** Lower than WireMock's default (5): a stub a script adds through {@code /__admin/mappings} wins. */
    private static final int CATCH_ALL_PRIORITY = 100;
    /** A files root that does not exist: no mappings or files are read at start. */
    private static final String NO_FILES = Path.of(System.getProperty("java.io.tmpdir"), "spec-kitty-sandbox-has-no-files").toString();

    /** The sandbox never proxies; WireMock would otherwise build an Apache client and an SSLContext at start. */
    private static final HttpClientFactory NO_PROXYING = (options, trustAll, trustedHosts, useSystemProperties) ->
            (HttpClient) request -> {
                throw new IOException("the sandbox proxies nothing");
            };

    /**
     * Jetty's pool waits half its stop timeout (2.5 s by default) for busy threads before it
     * interrupts them; a sandbox closed while a slow fault still sleeps would wait that long.
     */
    private static QueuedThreadPool threadPool(Options options) {
        QueuedThreadPool pool = new QueuedThreadPool(options.containerThreads());
        pool.setStopTimeout(0);
        return pool;
    }

    private WireMockHost() {
    }

    /**
     * @throws com.github.tomakehurst.wiremock.common.FatalStartupException when the port cannot be bound
     */
    public static WireMockServer start(int port, Router router) {
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .port(port)
                .extensionScanningEnabled(false)
                .extensions(router)
                .templatingEnabled(false)
                .globalTemplating(false)
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .stubCorsEnabled(false)
                .gzipDisabled(true)
                .disableOptimizeXmlFactoriesLoading(true)
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
                .asynchronousResponseEnabled(false)
                .jettyAcceptors(1)
                .containerThreads(16)
                .threadPoolFactory(WireMockHost::threadPool)
                .jettyStopTimeout(0L)
                .withRootDirectory(NO_FILES)
                .httpClientFactory(NO_PROXYING)
                .notifier(new ConsoleNotifier(false));
        WireMockServer server = new WireMockServer(options);
        server.start();
        server.stubFor(any(anyUrl()).atPriority(CATCH_ALL_PRIORITY).willReturn(aResponse().withTransformers(Router.NAME)));
        return server;
    }
}
