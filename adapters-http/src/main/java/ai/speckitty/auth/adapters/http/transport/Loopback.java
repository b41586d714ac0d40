package ai.speckitty.auth.adapters.http.transport;

import ai.speckitty.auth.domain.session.ServerUrl;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** Which hosts count as loopback, for the plain-http rule (SPEC §4.1, §6) and for proxy bypass. */
public final class Loopback {
    private Loopback() {}

    /**
     * Why a request to this URL must not be sent, if it must not: http:// to a host outside
     * {@link ServerUrl}'s plain-http list (a second check of the rule {@code ServerUrl} enforces).
     */
    public static Optional<String> plainHttpRefusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return Optional.empty();
        }
        if (scheme.equals("http") && ServerUrl.allowsPlainHttpTo(url.getHost())) {
            return Optional.empty();
        }
        return Optional.of("refused to send a request over plain " + scheme + ":// to " + url.getHost()
                + ": https:// is required except for a loopback host (127.0.0.1, ::1, localhost)");
    }

    /** True for names and literals that always stay on this machine: localhost, 127.0.0.0/8, ::1. */
    public static boolean isLoopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String h = stripBrackets(host.toLowerCase(Locale.ROOT));
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1") || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
