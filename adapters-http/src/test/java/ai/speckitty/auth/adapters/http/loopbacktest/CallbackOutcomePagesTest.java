package ai.speckitty.auth.adapters.http.loopbacktest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.adapters.http.loopback.LoopbackCallbackListener;
import ai.speckitty.auth.application.port.CallbackListener.PendingCallback;
import ai.speckitty.auth.application.port.CallbackResult;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 7 finding 4: every callback outcome gets a whole page, even when it ends the wait and the
 * login closes the port at once (as {@code Login} does), and the port is closed afterwards.
 */
@Timeout(60)
class CallbackOutcomePagesTest {
    private static final String STATE = "the-state";
    private static final Duration LONG = Duration.ofSeconds(30);
    private static final Pattern TITLE = Pattern.compile("<title>spec-kitty: ([^<]*)</title>");

    private final ExecutorService background = Executors.newCachedThreadPool();
    private final PendingCallback pending = new LoopbackCallbackListener(List.of()).listen().orElseThrow();
    private final int port = Http.portOf(pending.redirectUri());

    @AfterEach
    void tearDown() {
        pending.close();
        background.shutdownNow();
    }

    /** Waits like {@code Login}: the moment a result arrives, the port is closed. */
    private Future<CallbackResult> loginWaiting() {
        return background.submit(() -> {
            try (PendingCallback closedOnReturn = pending) {
                return closedOnReturn.await(STATE, LONG);
            }
        });
    }

    /** A page as the browser got it; reading a body shorter than its Content-Length throws. */
    private record Page(int statusCode, String contentType, long contentLength, String body) {}

    private Page open(String query) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(pending.redirectUri() + query).toURL()
                .openConnection(Proxy.NO_PROXY);
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(10_000);
        try {
            int status = connection.getResponseCode();
            InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            String body = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            return new Page(status, connection.getContentType(), connection.getContentLengthLong(), body);
        } finally {
            connection.disconnect();
        }
    }

    private static String query(String... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.append(i == 0 ? "?" : "&").append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private static String titleOf(String html) {
        Matcher title = TITLE.matcher(html);
        assertTrue(title.find(), html);
        return title.group(1);
    }

    /** The whole page: its declared length arrived and the document is closed. */
    private static void assertWholePage(Page page) {
        assertEquals("text/html; charset=utf-8", page.contentType());
        assertEquals(page.contentLength(), page.body().getBytes(StandardCharsets.UTF_8).length);
        assertTrue(page.body().endsWith("</html>\n"), page.body());
    }

    private void assertPortClosed() {
        assertThrows(ConnectException.class, () -> Http.connect("127.0.0.1", port));
    }

    static Stream<Arguments> endingOutcomes() {
        return Stream.of(
                Arguments.of(query("code", "good-code", "state", STATE), 200, "Login complete",
                        new CallbackResult.CodeReceived(new ai.speckitty.auth.domain.login.AuthorizationCode("good-code"))),
                Arguments.of(query("error", "access_denied", "error_description", "The user said no", "state", STATE), 200,
                        "Login denied", new CallbackResult.ErrorReceived("access_denied", Optional.of("The user said no"))),
                Arguments.of(query("error", "server_error", "state", STATE), 200, "Login failed",
                        new CallbackResult.ErrorReceived("server_error", Optional.empty())),
                Arguments.of(query("error", "temporarily_unavailable", "state", STATE), 200, "Login failed",
                        new CallbackResult.ErrorReceived("temporarily_unavailable", Optional.empty())),
                Arguments.of(query("error", "invalid_request", "error_description", "redirect_uri", "state", STATE), 200,
                        "Login failed", new CallbackResult.ErrorReceived("invalid_request", Optional.of("redirect_uri"))),
                Arguments.of(query("error", "invalid_scope", "state", STATE), 200, "Login failed",
                        new CallbackResult.ErrorReceived("invalid_scope", Optional.empty())),
                Arguments.of(query("error", "made_up_error", "state", STATE), 200, "Login failed",
                        new CallbackResult.ErrorReceived("made_up_error", Optional.empty())),
                Arguments.of(query("code", "has space", "state", STATE), 400, "Login failed", new CallbackResult.UnusableCode()),
                Arguments.of(query("code", "\"\n\u001b[31m", "state", STATE), 400, "Login failed", new CallbackResult.UnusableCode()),
                Arguments.of(query("code", "é-not-ascii", "state", STATE), 400, "Login failed", new CallbackResult.UnusableCode()),
                Arguments.of(query("code", "c".repeat(2049), "state", STATE), 400, "Login failed", new CallbackResult.UnusableCode()));
    }

    @ParameterizedTest
    @MethodSource("endingOutcomes")
    void anOutcomeThatEndsTheLoginGetsItsWholePageBeforeThePortCloses(String query, int status, String title,
            CallbackResult expected) throws Exception {
        Future<CallbackResult> login = loginWaiting();

        Page page = open(query);

        assertEquals(status, page.statusCode());
        assertWholePage(page);
        assertEquals(title, titleOf(page.body()));
        assertTrue(page.body().contains("Return to the terminal") || page.body().contains("return to the terminal"), page.body());
        assertEquals(expected, login.get(10, TimeUnit.SECONDS));
        assertPortClosed();
    }

    /** The race was timing-dependent; many rounds make a lost page show up. */
    @RepeatedTest(20)
    void anErrorPageIsNeverCutOffByTheClosingLogin() throws Exception {
        Future<CallbackResult> login = loginWaiting();

        Page page = open(query("error", "access_denied", "state", STATE));

        assertWholePage(page);
        assertEquals("Login denied", titleOf(page.body()));
        assertInstanceOf(CallbackResult.ErrorReceived.class, login.get(10, TimeUnit.SECONDS));
    }

    @Test
    void theUnusableCodeIsNeverEchoed() throws Exception {
        Future<CallbackResult> login = loginWaiting();

        Page page = open(query("code", "secret code<b>", "state", STATE));

        assertFalse(page.body().contains("secret"), page.body());
        assertInstanceOf(CallbackResult.UnusableCode.class, login.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aLongDescriptionIsEscapedAndClipped() throws Exception {
        Future<CallbackResult> login = loginWaiting();
        String description = "<i>" + "x".repeat(5000);

        Page page = open(query("error", "server_error", "error_description", description, "state", STATE));

        assertWholePage(page);
        assertFalse(page.body().contains("<i>"), page.body());
        assertTrue(page.body().contains("&lt;i&gt;xxx"), page.body());
        assertFalse(page.body().contains("x".repeat(301)), "server text is clipped");
        assertTrue(page.body().contains("…"), page.body());
        assertEquals(new CallbackResult.ErrorReceived("server_error", Optional.of(description)), login.get(10, TimeUnit.SECONDS));
    }

    @Test
    void wrongStateAndIncompleteAndMalformedGetTheirPagesAndTheLoginGoesOnWaiting() throws Exception {
        Future<CallbackResult> login = loginWaiting();

        Page wrong = open(query("error", "access_denied", "state", "another-login"));
        Page incomplete = open(query("state", STATE));
        RawPage malformed = rawGet("/callback?code=c&state=%zz");
        Page repeated = open("?code=a&code=b&state=" + STATE);

        assertEquals(400, wrong.statusCode());
        assertWholePage(wrong);
        assertEquals("Login response rejected", titleOf(wrong.body()));
        assertEquals(400, incomplete.statusCode());
        assertEquals("Login response rejected", titleOf(incomplete.body()));
        // The JDK's server turns a target it cannot parse away itself, with its own complete 400 page.
        assertEquals(400, malformed.status());
        assertTrue(malformed.body().contains("Bad Request"), malformed.body());
        assertEquals(400, repeated.statusCode());
        assertWholePage(repeated);
        assertEquals("Bad request", titleOf(repeated.body()));
        assertTrue(repeated.body().contains("The terminal is still waiting"), repeated.body());
        assertFalse(login.isDone(), "none of these ends the login");

        assertEquals(200, open(query("code", "finally", "state", STATE)).statusCode());
        assertInstanceOf(CallbackResult.CodeReceived.class, login.get(10, TimeUnit.SECONDS));
        assertPortClosed();
    }

    @Test
    void aDuplicateCallbackGetsItsPageAndThePortClosesWhenTheLoginIsDone() throws Exception {
        Future<CallbackResult> waiting = background.submit(() -> pending.await(STATE, LONG));
        assertEquals(200, open(query("code", "first", "state", STATE)).statusCode());
        waiting.get(10, TimeUnit.SECONDS);

        Page duplicate = open(query("code", "second", "state", STATE));
        pending.close();

        assertEquals(409, duplicate.statusCode());
        assertWholePage(duplicate);
        assertEquals("Login already complete", titleOf(duplicate.body()));
        assertPortClosed();
    }

    @Test
    void aCallbackAfterTheLoginStoppedWaitingIsToldSo() throws Exception {
        assertInstanceOf(CallbackResult.TimedOut.class, pending.await(STATE, Duration.ofMillis(50)));

        Page late = open(query("code", "late", "state", STATE));

        assertEquals(410, late.statusCode());
        assertWholePage(late);
        assertEquals("Login no longer waiting", titleOf(late.body()));
    }

    private record RawPage(int status, String body) {}

    /** For targets java.net refuses to build; reads until the server closes and checks the length. */
    private RawPage rawGet(String target) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.setSoTimeout(10_000);
            String request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String[] headAndBody = reply.split("\r\n\r\n", 2);
            Matcher length = Pattern.compile("(?im)^content-length: *(\\d+)").matcher(headAndBody[0]);
            assertTrue(length.find(), headAndBody[0]);
            assertEquals(Integer.parseInt(length.group(1)), headAndBody[1].getBytes(StandardCharsets.UTF_8).length);
            return new RawPage(Integer.parseInt(reply.split(" ", 3)[1]), headAndBody[1]);
        }
    }
}
