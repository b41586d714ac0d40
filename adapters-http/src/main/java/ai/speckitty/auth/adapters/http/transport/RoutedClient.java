package ai.speckitty.auth.adapters.http.transport;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Optional;
import javax.net.ssl.SSLSocketFactory;

/**
 * Feign's JDK client in buffered mode (so 401 bodies survive), choosing the proxy per request and
 * refusing, before any connection, plain http to a non-loopback host.
 */
public final class RoutedClient extends Client.Default {
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
        return super.execute(request, options);
    }

    @Override
    public HttpURLConnection getConnection(URL url) throws IOException {
        Proxy proxy = routes.proxyFor(uriOf(url.toString()));
        HttpURLConnection connection = (HttpURLConnection) url.openConnection(proxy);
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
