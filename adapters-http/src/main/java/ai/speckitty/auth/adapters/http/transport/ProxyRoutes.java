package ai.speckitty.auth.adapters.http.transport;

import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The proxy for each request, from the environment (the JDK ignores these variables): an https
 * target goes through {@code https_proxy} / {@code HTTPS_PROXY} (lower case wins, as in curl)
 * unless {@code no_proxy} / {@code NO_PROXY} matches its host. Loopback targets never use a proxy,
 * so {@code HTTP_PROXY} is never needed: plain http is only allowed to loopback. Only {@code
 * http://} proxies are supported; {@code user:password@} in the proxy URL enables Basic proxy
 * authentication.
 */
public final class ProxyRoutes {
    private final Optional<Proxy> httpsProxy;
    private final Optional<PasswordAuthentication> credentials;
    private final NoProxyRule noProxy;
    private final String description;

    private ProxyRoutes(Optional<Proxy> httpsProxy, Optional<PasswordAuthentication> credentials,
            NoProxyRule noProxy, String description) {
        this.httpsProxy = httpsProxy;
        this.credentials = credentials;
        this.noProxy = noProxy;
        this.description = description;
    }

    /** No proxy for anything. */
    public static ProxyRoutes direct() {
        return new ProxyRoutes(Optional.empty(), Optional.empty(), NoProxyRule.parse(null), "no proxy");
    }

    /** Reads the proxy variables; an unusable proxy URL is a set-up error naming the variable. */
    public static ProxyRoutes fromEnvironment(Map<String, String> env) {
        Optional<Map.Entry<String, String>> setting = firstSet(env, "https_proxy", "HTTPS_PROXY");
        if (setting.isEmpty()) {
            return direct();
        }
        String variable = setting.get().getKey();
        URI uri = parseProxyUrl(variable, setting.get().getValue());
        int port = uri.getPort() == -1 ? 80 : uri.getPort();
        Proxy proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(uri.getHost(), port));
        Optional<PasswordAuthentication> credentials = credentialsOf(uri.getRawUserInfo());
        Optional<Map.Entry<String, String>> noProxySetting = firstSet(env, "no_proxy", "NO_PROXY");
        NoProxyRule noProxy = NoProxyRule.parse(noProxySetting.map(Map.Entry::getValue).orElse(null));
        String description = "https via proxy " + uri.getHost() + ":" + port + " (from " + variable + ")"
                + (credentials.isPresent() ? " with proxy authentication" : "")
                + noProxySetting.map(e -> ", " + noProxy.size() + " " + e.getKey() + " entries").orElse("");
        return new ProxyRoutes(Optional.of(proxy), credentials, noProxy, description);
    }

    /** The proxy for this target, or {@link Proxy#NO_PROXY}. */
    public Proxy proxyFor(URI target) {
        if (httpsProxy.isEmpty() || !"https".equalsIgnoreCase(target.getScheme())) {
            return Proxy.NO_PROXY;
        }
        String host = target.getHost();
        if (host == null || Loopback.isLoopbackHost(host) || noProxy.matches(host)) {
            return Proxy.NO_PROXY;
        }
        return httpsProxy.get();
    }

    /** The user and password for the proxy, when its URL carried them. */
    public Optional<PasswordAuthentication> credentials() {
        return credentials;
    }

    /** One secret-free line for the debug log. */
    public String describe() {
        return description;
    }

    private static Optional<Map.Entry<String, String>> firstSet(Map<String, String> env, String... names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(Map.entry(name, value.strip()));
            }
        }
        return Optional.empty();
    }

    private static URI parseProxyUrl(String variable, String raw) {
        String withScheme = raw.contains("://") ? raw : "http://" + raw;
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (URISyntaxException e) {
            throw new UnusableSetting(variable + " is not a valid proxy URL (expected http://host:port)");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw new UnusableSetting(variable + " uses a " + scheme
                    + ":// proxy; only http:// proxies are supported (expected http://host:port)");
        }
        if (uri.getHost() == null) {
            throw new UnusableSetting(variable + " is not a valid proxy URL (expected http://host:port)");
        }
        return uri;
    }

    private static Optional<PasswordAuthentication> credentialsOf(String rawUserInfo) {
        if (rawUserInfo == null || rawUserInfo.isEmpty()) {
            return Optional.empty();
        }
        int colon = rawUserInfo.indexOf(':');
        String user = colon < 0 ? rawUserInfo : rawUserInfo.substring(0, colon);
        String password = colon < 0 ? "" : rawUserInfo.substring(colon + 1);
        return Optional.of(new PasswordAuthentication(decode(user), decode(password).toCharArray()));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
