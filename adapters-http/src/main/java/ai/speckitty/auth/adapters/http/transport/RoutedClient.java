package ai.speckitty.auth.adapters.http.transport;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import javax.net.ssl.SSLSocketFactory;

/**
 * Feign's JDK client in buffered mode (so 401 bodies survive), choosing the proxy per request and
 * refusing, before any connection, plain http to a non-loopback host. Each call has one total
 * deadline, the read timeout Feign passes (10 s, 5 s for the sync probe): connecting, sending and
 * reading the whole body must end within it, else the call fails as a timeout. Bodies are read
 * here, whole, and refused past {@link #MAX_BODY_BYTES}.
 */
public final class RoutedClient extends Client.Default {
    /** Bodies of this contract are a few hundred bytes; anything past this is not read. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    /** The connection the current worker thread opened, so that the deadline can abandon it. */
    private static final ThreadLocal<Call> OPENING = new ThreadLocal<>();

    private final ProxyRoutes routes;
    private final Optional<Authenticator> proxyAuthenticator;

    /** {@code sslSocketFactory} null means the JDK default trust. */
    public RoutedClient(SSLSocketFactory sslSocketFactory, ProxyRoutes routes) {
        super(sslSocketFactory, null, false);
        this.routes = routes;
        this.proxyAuthenticator = routes.credentials().map(ProxyOnlyAuthenticator::new);
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        URI uri = uriOf(request.url());
        Optional<String> refusal = Loopback.plainHttpRefusal(uri);
        if (refusal.isPresent()) {
            throw new InsecureRequestRefused(refusal.get());
        }
        Call exchange = new Call();
        Duration deadline = Duration.ofMillis(options.readTimeoutMillis());
        return DeadlineRunner.within(deadline, () -> exchange.run(request, options), exchange::abandon);
    }

    @Override
    public HttpURLConnection getConnection(URL url) throws IOException {
        Proxy proxy = routes.proxyFor(uriOf(url.toString()));
        HttpURLConnection connection = (HttpURLConnection) url.openConnection(proxy);
        Call exchange = OPENING.get();
        if (exchange != null) {
            exchange.connection = connection;
        }
        if (proxy.type() != Proxy.Type.DIRECT) {
            proxyAuthenticator.ifPresent(connection::setAuthenticator);
        }
        return connection;
    }

    private static URI uriOf(String url) throws IOException {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new IOException("not a valid request URL");
        }
    }

    /** One request on a worker thread: sent, answered and its body read whole (or refused as too large). */
    private final class Call {
        private volatile HttpURLConnection connection;

        Response run(Request request, Request.Options options) throws IOException {
            OPENING.set(this);
            try {
                return buffered(RoutedClient.super.execute(request, options));
            } finally {
                OPENING.remove();
            }
        }

        /** Frees the socket of an exchange the caller gave up on; may block until the read timeout. */
        void abandon() {
            HttpURLConnection open = connection;
            if (open != null) {
                open.disconnect();
            }
        }

        private Response buffered(Response response) throws IOException {
            try (response) {
                if (response.body() == null) {
                    return response;
                }
                OptionalLong declared = declaredLength(response);
                if (declared.isPresent() && declared.getAsLong() > MAX_BODY_BYTES) {
                    throw new AnswerTooLarge(response.status());
                }
                byte[] body;
                try (InputStream in = response.body().asInputStream()) {
                    body = in.readNBytes(MAX_BODY_BYTES + 1);
                }
                if (body.length > MAX_BODY_BYTES) {
                    throw new AnswerTooLarge(response.status());
                }
                if (declared.isPresent() && body.length < declared.getAsLong()) {
                    throw new EOFException("the answer ended before its Content-Length");
                }
                return response.toBuilder().body(body).build();
            }
        }

        /**
         * The Content-Length, when it counts the bytes read here: not with a compressed body, and
         * not with chunked transfer, which wins over it (RFC 9112 §6.3).
         */
        private static OptionalLong declaredLength(Response response) {
            if (response.headers().keySet().stream()
                    .anyMatch(name -> name.equalsIgnoreCase("content-encoding") || name.equalsIgnoreCase("transfer-encoding"))) {
                return OptionalLong.empty();
            }
            return response.headers().entrySet().stream()
                    .filter(h -> h.getKey().equalsIgnoreCase("content-length"))
                    .flatMap(h -> h.getValue().stream())
                    .findFirst()
                    .map(RoutedClient::parseLength)
                    .orElse(OptionalLong.empty());
        }
    }

    private static OptionalLong parseLength(String value) {
        try {
            return OptionalLong.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Answers only the proxy's challenge, never a server's. */
    private static final class ProxyOnlyAuthenticator extends Authenticator {
        private final PasswordAuthentication credentials;

        ProxyOnlyAuthenticator(PasswordAuthentication credentials) {
            this.credentials = credentials;
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            return getRequestorType() == RequestorType.PROXY ? credentials : null;
        }
    }
}
