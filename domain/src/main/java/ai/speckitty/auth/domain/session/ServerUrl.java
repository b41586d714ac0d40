package ai.speckitty.auth.domain.session;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A spec-kitty server base URL: https, or http to a loopback host only, without a trailing slash.
 */
public record ServerUrl(String value) {
    /** The one list of hosts plain http:// may reach (SPEC §4.1); the HTTP transport checks it again. */
    private static final Set<String> PLAIN_HTTP_HOSTS = Set.of("127.0.0.1", "::1", "[::1]", "localhost");

    public ServerUrl {
        Objects.requireNonNull(value, "value");
        Optional<Defect> defect = defectOf(value);
        if (defect.isPresent()) {
            throw new IllegalArgumentException(describe(defect.get(), shown(value)));
        }
        value = stripTrailingSlashes(value);
    }

    /** Parses a user-supplied URL; empty with the reason when it is not acceptable. */
    public static ParseResult parse(String raw) {
        if (raw == null) {
            return new ParseResult(Optional.empty(), Optional.of(Defect.MISSING), "");
        }
        String trimmed = raw.strip();
        Optional<Defect> defect = defectOf(trimmed);
        return defect.isPresent()
                ? new ParseResult(Optional.empty(), defect, shown(trimmed))
                : new ParseResult(Optional.of(new ServerUrl(trimmed)), Optional.empty(), trimmed);
    }

    /** Why a string is not a usable server URL. */
    public enum Defect {
        /** No URL at all. */
        MISSING,
        /** Not parseable as a URI. */
        MALFORMED,
        /** Not http(s), or no host. */
        NOT_HTTP_WITH_HOST,
        /** A query, fragment or user info, none of which a server URL carries. */
        EXTRA_PARTS,
        /** Plain http:// to a host that is not loopback. */
        PLAIN_HTTP_TO_REMOTE_HOST
    }

    /**
     * What {@link #parse} found: a URL, or why there is none.
     *
     * @param shown the input as a message may show it (user info, query and fragment masked)
     */
    public record ParseResult(Optional<ServerUrl> url, Optional<Defect> defect, String shown) {
        /** The defect in words, for exception messages and logs. */
        public Optional<String> problem() {
            return defect.map(d -> describe(d, shown));
        }
    }

    /** True when both name the same server once trailing slashes are removed. */
    public boolean sameServerAs(ServerUrl other) {
        return other != null && value.equals(other.value);
    }

    /** The URL of a path below this server, e.g. {@code /oauth/token}. */
    public String resolve(String path) {
        return value + (path.startsWith("/") ? path : "/" + path);
    }

    public boolean isLoopback() {
        return allowsPlainHttpTo(host(value));
    }

    /** True for a host plain http:// may reach: 127.0.0.1, ::1 (bracketed or not) or localhost. */
    public static boolean allowsPlainHttpTo(String host) {
        return host != null && PLAIN_HTTP_HOSTS.contains(host.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }

    private static Optional<Defect> defectOf(String raw) {
        URI uri;
        try {
            uri = new URI(stripTrailingSlashes(raw));
        } catch (URISyntaxException e) {
            return Optional.of(Defect.MALFORMED);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of(Defect.NOT_HTTP_WITH_HOST);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            return Optional.of(Defect.EXTRA_PARTS);
        }
        if (scheme.equals("http") && !allowsPlainHttpTo(uri.getHost())) {
            return Optional.of(Defect.PLAIN_HTTP_TO_REMOTE_HOST);
        }
        return Optional.empty();
    }

    private static String describe(Defect defect, String shown) {
        return switch (defect) {
            case MISSING -> "no URL given";
            case MALFORMED -> "not a valid URL: " + shown;
            case NOT_HTTP_WITH_HOST -> "not an http(s) URL with a host: " + shown;
            case EXTRA_PARTS -> "a server URL carries no query, fragment or user info: " + shown;
            case PLAIN_HTTP_TO_REMOTE_HOST ->
                "plain http:// is allowed only to a loopback host (127.0.0.1, ::1, localhost); use https:// for " + shown;
        };
    }

    /** The URL as a message may show it: user info and any query or fragment may carry a secret (SPEC §6). */
    private static String shown(String raw) {
        int authorityStart = raw.indexOf("://") < 0 ? 0 : raw.indexOf("://") + 3;
        int slash = raw.indexOf('/', authorityStart);
        int at = raw.lastIndexOf('@', slash < 0 ? raw.length() - 1 : slash - 1);
        String s = at >= authorityStart ? raw.substring(0, authorityStart) + "***@" + raw.substring(at + 1) : raw;
        int query = s.indexOf('?');
        int fragment = s.indexOf('#');
        int cut = query < 0 ? fragment : fragment < 0 ? query : Math.min(query, fragment);
        return cut < 0 ? s : s.substring(0, cut + 1) + "***";
    }

    private static String host(String url) {
        return URI.create(url).getHost();
    }

    private static String stripTrailingSlashes(String raw) {
        String s = raw;
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
