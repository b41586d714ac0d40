/**
 * The HTTP adapter of the {@code AuthServers} port: {@link ai.speckitty.auth.adapters.http.FeignAuthServers}.
 *
 * <p>For the composition root: call {@code FeignAuthServers.create(env, debugLog)} once, lazily
 * (only commands that touch the network should load Feign and Jackson), before any other code
 * opens an HTTP connection: it sets {@code sun.net.http.retryPost=false} (and, when the proxy URL
 * carries credentials, enables Basic for CONNECT tunnels), which the JDK reads once. It throws
 * {@link ai.speckitty.auth.adapters.http.HttpSetupException} with a printable message when a
 * variable is unusable. {@code debugLog} is null unless {@code --debug}.
 *
 * <p>Environment read:
 * <ul>
 *   <li>{@code https_proxy} / {@code HTTPS_PROXY} (lower case wins): an {@code http://[user:pass@]host[:port]}
 *       proxy for https targets; other schemes are refused at set-up.</li>
 *   <li>{@code no_proxy} / {@code NO_PROXY}: comma/space list of host suffixes ({@code .x}, {@code *.x}
 *       and {@code x} are equal), ports ignored, {@code *} for all; no CIDR.</li>
 *   <li>Loopback targets (localhost, 127.0.0.0/8, ::1) never use a proxy; since plain http is only
 *       allowed to loopback, {@code HTTP_PROXY} is never needed and not read.</li>
 *   <li>{@code SPEC_KITTY_CA_BUNDLE}: a PEM file of extra CA certificates, trusted in addition to the
 *       JDK's; host-name verification stays on.</li>
 * </ul>
 *
 * <p>Every call is sent once (no retries, no re-sent POSTs, redirects not followed), with 10 s
 * connect and read timeouts (5 s for the sync probe), and its answer comes back as a domain value.
 */
package ai.speckitty.auth.adapters.http;
