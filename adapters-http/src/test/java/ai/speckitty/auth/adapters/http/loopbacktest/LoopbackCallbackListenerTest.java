package ai.speckitty.auth.adapters.http.loopbacktest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.adapters.http.loopback.LoopbackCallbackListener;
import ai.speckitty.auth.adapters.http.loopbacktest.Http.Reply;
import ai.speckitty.auth.application.port.CallbackListener.PendingCallback;
import ai.speckitty.auth.application.port.CallbackResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §4.6 loopback callback, over real HTTP on 127.0.0.1: state, first-wins, pages, timeout, close. */
@Timeout(60)
class LoopbackCallbackListenerTest {
    private static final Duration LONG = Duration.ofSeconds(30);

    private final ExecutorService background = Executors.newCachedThreadPool();
    private final PendingCallback pending = new LoopbackCallbackListener(List.of()).listen().orElseThrow();
    private final String callback = pending.redirectUri();

    @AfterEach
    void tearDown() {
        pending.close();
        background.shutdownNow();
    }

    private Future<CallbackResult> awaitInBackground(String state) {
        return background.submit(() -> pending.await(state, LONG));
    }

    private static String query(String... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.append(i == 0 ? "?" : "&").append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private static String codeOf(CallbackResult result) {
        return assertInstanceOf(CallbackResult.CodeReceived.class, result).code().value();
    }

    @Test
    void wrongStateIsRejectedWithoutEndingTheWaitThenTheRightStateWins() throws Exception {
        Future<CallbackResult> waiting = awaitInBackground("right-state");

        Reply wrong = Http.get(callback + query("code", "attacker-code", "state", "wrong-state"));
        assertEquals(400, wrong.status());
        assertTrue(wrong.body().contains("does not match"), wrong.body());
        assertFalse(waiting.isDone());

        Reply right = Http.get(callback + query("code", "the-code", "state", "right-state"));
        assertEquals(200, right.status());
        assertEquals("text/html; charset=utf-8", right.contentType());
        assertTrue(right.body().contains("return to the terminal"), right.body());
        assertFalse(right.body().contains("the-code"), "the page never echoes the code");

        assertEquals("the-code", codeOf(waiting.get(10, TimeUnit.SECONDS)));
    }

    @Test
    void theFirstValidCallbackWinsAndLaterOnesChangeNothing() throws Exception {
        Future<CallbackResult> waiting = awaitInBackground("s1");
        assertEquals(200, Http.get(callback + query("code", "first", "state", "s1")).status());
        assertEquals("first", codeOf(waiting.get(10, TimeUnit.SECONDS)));

        Reply second = Http.get(callback + query("code", "second", "state", "s1"));
        Reply laterError = Http.get(callback + query("error", "access_denied", "state", "s1"));

        assertEquals(409, second.status());
        assertTrue(second.body().contains("already finished"), second.body());
        assertFalse(second.body().contains("second"));
        assertEquals(409, laterError.status());
        assertEquals("first", codeOf(pending.await("s1", Duration.ofMillis(1))));
    }

    @Test
    void aCallbackArrivingBeforeAwaitIsHeldUntilTheStateIsKnown() throws Exception {
        Future<Reply> early = background.submit(() -> Http.get(callback + query("code", "quick", "state", "s2")));

        CallbackResult result = pending.await("s2", LONG);

        assertEquals("quick", codeOf(result));
        assertEquals(200, early.get(10, TimeUnit.SECONDS).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/favicon.ico", "/callbackx", "/callback/more", "/other?code=c&state=s3"})
    void otherPathsAre404AndDoNotEndTheWait(String path) throws Exception {
        Future<CallbackResult> waiting = awaitInBackground("s3");
        String base = callback.substring(0, callback.length() - "/callback".length());

        Reply reply = Http.get(base + path);

        assertEquals(404, reply.status());
        assertEquals(200, Http.get(callback + query("code", "c", "state", "s3")).status());
        assertEquals("c", codeOf(waiting.get(10, TimeUnit.SECONDS)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"?code=c", "?code=c&state=", "?state=s4", "?state=s4&code=", "?code=c&state=s4&state=s4"})
    void incompleteOrMalformedCallbacksAreRejectedWithoutEndingTheWait(String badQuery) throws Exception {
        Future<CallbackResult> waiting = awaitInBackground("s4");

        Reply reply = Http.get(callback + badQuery);

        assertEquals(400, reply.status());
        assertEquals(200, Http.get(callback + query("code", "good", "state", "s4")).status());
        assertEquals("good", codeOf(waiting.get(10, TimeUnit.SECONDS)));
    }

    @Test
    void aBadPercentEscapeIsRejectedWithoutEndingTheWait() throws Exception {
        Future<CallbackResult> waiting = awaitInBackground("s4");

        assertEquals(400, Http.rawGetStatus(Http.portOf(callback), "/callback?code=c&state=%zz"));
        assertEquals(200, Http.get(callback + query("code", "good", "state", "s4")).status());
        assertEquals("good", codeOf(waiting.get(10, TimeUnit.SECONDS)));
    }

    @Test
    void onlyGetIsAnswered() throws Exception {
        Future<CallbackResult> waiting = awaitInBackground("s5");

        assertEquals(405, Http.request("POST", callback + query("code", "c", "state", "s5")).status());
        assertFalse(waiting.isDone());
    }

    @Test
    void anErrorCallbackEndsTheWaitWithTheErrorAndShowsIt() throws Exception {
        Future<CallbackResult> waiting = awaitInBackground("s6");

        Reply reply = Http.get(callback + query("error", "access_denied", "error_description", "The user said no", "state", "s6"));

        assertEquals(200, reply.status());
        assertTrue(reply.body().contains("access_denied: The user said no"), reply.body());
        assertEquals(new CallbackResult.ErrorReceived("access_denied", Optional.of("The user said no")),
                waiting.get(10, TimeUnit.SECONDS));
    }

    @Test
    void anErrorWithoutDescriptionHasNone() throws Exception {
        Future<CallbackResult> waiting = awaitInBackground("s7");

        Http.get(callback + query("error", "server_error", "state", "s7"));

        assertEquals(new CallbackResult.ErrorReceived("server_error", Optional.empty()), waiting.get(10, TimeUnit.SECONDS));
    }

    @Test
    void everyEchoedValueIsHtmlEscaped() throws Exception {
        Future<CallbackResult> waiting = awaitInBackground("s8");
        String description = "<script>alert('x')</script> & \"q\"";

        Reply reply = Http.get(callback + query("error", "<b>bad</b>", "error_description", description, "state", "s8"));

        assertFalse(reply.body().contains("<script>"), reply.body());
        assertFalse(reply.body().contains("<b>"), reply.body());
        assertTrue(reply.body().contains("&lt;b&gt;bad&lt;/b&gt;: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"),
                reply.body());
        assertEquals(new CallbackResult.ErrorReceived("<b>bad</b>", Optional.of(description)), waiting.get(10, TimeUnit.SECONDS));
    }

    @Test
    void awaitTimesOutAndALateCallbackIsToldTheLoginStoppedWaiting() throws Exception {
        CallbackResult result = pending.await("s9", Duration.ofMillis(100));

        assertInstanceOf(CallbackResult.TimedOut.class, result);
        Reply late = Http.get(callback + query("code", "late", "state", "s9"));
        assertEquals(410, late.status());
        assertTrue(late.body().contains("stopped waiting"), late.body());
    }

    @Test
    void interruptingTheWaitingThreadThrowsInterruptedException() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                pending.await("s10", LONG);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        waiter.start();

        waiter.interrupt();
        waiter.join(10_000);

        assertFalse(waiter.isAlive());
        assertInstanceOf(InterruptedException.class, thrown.get());
    }

    @Test
    void closeStopsTheServerAndTheRedirectPortRefusesConnections() throws Exception {
        int port = Http.portOf(callback);
        Http.connect("127.0.0.1", port);

        pending.close();
        pending.close();

        assertThrows(java.net.ConnectException.class, () -> Http.connect("127.0.0.1", port));
    }

    @Test
    void theDefaultPortsAre28888To28898InOrder() {
        assertEquals(IntStream.rangeClosed(28888, 28898).boxed().collect(Collectors.toList()),
                LoopbackCallbackListener.DEFAULT_PORTS);
    }

    @Test
    void aPortOutsideTheTcpRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LoopbackCallbackListener(List.of(0)));
        assertThrows(IllegalArgumentException.class, () -> new LoopbackCallbackListener(List.of(65536)));
    }
}
