package ai.speckitty.auth.adapters.http.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code NO_PROXY} list: comma- or space-separated host names or literal IPs; {@code *} matches
 * every host; an entry matches the host itself and every sub-domain ({@code example.com},
 * {@code .example.com} and {@code *.example.com} are the same entry); ports in entries are ignored;
 * CIDR ranges are not supported (an IP entry matches that exact IP).
 */
final class NoProxyRule {
    private final boolean all;
    private final List<String> suffixes;

    private NoProxyRule(boolean all, List<String> suffixes) {
        this.all = all;
        this.suffixes = List.copyOf(suffixes);
    }

    static NoProxyRule parse(String raw) {
        if (raw == null) {
            return new NoProxyRule(false, List.of());
        }
        boolean all = false;
        List<String> suffixes = new ArrayList<>();
        for (String token : raw.split("[,\\s]+")) {
            String entry = token.strip().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals("*")) {
                all = true;
                continue;
            }
            entry = withoutPort(entry);
            while (entry.startsWith("*.") || entry.startsWith(".")) {
                entry = entry.substring(entry.startsWith("*.") ? 2 : 1);
            }
            if (!entry.isEmpty()) {
                suffixes.add(entry);
            }
        }
        return new NoProxyRule(all, suffixes);
    }

    boolean matches(String host) {
        if (all) {
            return true;
        }
        String h = Loopback.stripBrackets(host.toLowerCase(Locale.ROOT));
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        for (String suffix : suffixes) {
            if (h.equals(suffix) || h.endsWith("." + suffix)) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return suffixes.size() + (all ? 1 : 0);
    }

    private static String withoutPort(String entry) {
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            return close > 0 ? entry.substring(1, close) : entry;
        }
        int firstColon = entry.indexOf(':');
        boolean oneColon = firstColon >= 0 && firstColon == entry.lastIndexOf(':');
        return oneColon ? entry.substring(0, firstColon) : entry;
    }
}
