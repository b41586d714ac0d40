package ai.speckitty.auth.sandbox.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.global.GlobalSettings;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import com.github.tomakehurst.wiremock.recording.RecordingStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The WireMock server a sandbox runs in: 127.0.0.1 only, one catch-all stub answered by the
 * {@link Router} of the sandbox it serves (through the {@link RouterSlot}), and nothing WireMock
 * would otherwise load or do at start that the sandbox does not use (extension scanning,
 * templating, the request journal, CORS, gzip, XML factories, files, and the proxy's Apache HTTP
 * client with its TLS set-up), which is most of its start-up cost.
 */
public final class WireMockHost {

    /** Lower than WireMock's default (5): a stub a script adds through {@code /__admin/mappings} wins. */
    private static final int CATCH_ALL_PRIORITY = 100;
    /** A files root that does not exist: no mappings or files are read at start. */
    private static final String NO_FILES = Path.of(System.getProperty("java.io.tmpdir"), "spec-kitty-sandbox-has-no-files").toString();

    /** How long a closed sandbox's interrupted answers get to end; after that its server is stopped, not pooled. */
    private static final Duration ANSWERS_END_WITHIN = Duration.ofMillis(500);

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
        // A pooled server idles between sandboxes; its threads must not keep a JVM from ending.
        pool.setDaemon(true);
        return pool;
    }

    private final WireMockServer server;
    private final ReopenableJetty jetty;
    private final RouterSlot slot;
    private final GlobalSettings initialSettings;

    private WireMockHost(WireMockServer server, ReopenableJetty jetty, RouterSlot slot) {
        this.server = server;
        this.jetty = jetty;
        this.slot = slot;
        this.initialSettings = server.getGlobalSettings().getSettings();
    }

    /**
     * Starts a server on this port (0 = a free port) that answers nothing until it {@link #serve}s a sandbox.
     *
     * @throws com.github.tomakehurst.wiremock.common.FatalStartupException when the port cannot be bound
     */
    public static WireMockHost start(int port) {
        RouterSlot slot = new RouterSlot();
        ReopenableJetty[] jetty = new ReopenableJetty[1];
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .port(port)
                .extensionScanningEnabled(false)
                .extensions(slot)
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
                // Slow and trickle faults hold a thread each (answers are synchronous); Jetty starts
                // threads only as they are needed, so a high ceiling costs nothing at start.
                .containerThreads(200)
                .threadPoolFactory(WireMockHost::threadPool)
                .jettyStopTimeout(0L)
                .httpServerFactory((opts, admin, stubs) -> jetty[0] = new ReopenableJetty(opts, admin, stubs))
                .withRootDirectory(NO_FILES)
                .httpClientFactory(NO_PROXYING)
                .notifier(new ConsoleNotifier(false));
        WireMockServer server = new WireMockServer(options);
        server.start();
        addCatchAll(server);
        return new WireMockHost(server, jetty[0], slot);
    }

    private static void addCatchAll(WireMockServer server) {
        server.stubFor(any(anyUrl()).atPriority(CATCH_ALL_PRIORITY).willReturn(aResponse().withTransformers(RouterSlot.NAME)));
    }

    public int port() {
        return server.port();
    }

    /** From now on the server answers from this sandbox's router. */
    public void serve(Router router) {
        slot.attach(router);
    }

    /** Stops the server for good: the port refuses connections, open ones are closed. */
    public void stop() {
        slot.detach();
        server.stop();
    }

    /**
     * Ends the current sandbox's hold on this server: it stops listening (the port refuses
     * connections), closes open connections, ends answers still running, and forgets what was
     * added through {@code /__admin} (stubs, scenarios, global settings such as a fixed delay).
     *
     * @return whether the server is fit for another sandbox; if not, it has been stopped
     */
    boolean release() {
        slot.detach();
        try {
            jetty.closePort();
            if (server.isRunning() && jetty.endRunningAnswers(ANSWERS_END_WITHIN)) {
                forgetAdminChanges();
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Not reusable; stopped below like a server of its own.
        }
        stop();
        return false;
    }

    private void forgetAdminChanges() {
        if (server.getRecordingStatus().getStatus() == RecordingStatus.Recording) {
            server.stopRecording();
        }
        server.resetMappings();
        server.resetScenarios();
        server.updateGlobalSettings(initialSettings);
        addCatchAll(server);
    }

    /** Listens again, on a new free port, for the next sandbox. */
    void reopen() throws Exception {
        jetty.openNewPort();
    }
}
