package ai.speckitty.auth.adapters.http;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.adapters.http.transport.CallLog;
import ai.speckitty.auth.adapters.http.transport.ProxyRoutes;
import ai.speckitty.auth.adapters.http.transport.RoutedClient;
import ai.speckitty.auth.adapters.http.wire.ApiEndpoints;
import ai.speckitty.auth.domain.server.ServerFailure.TransportProblem;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import feign.Feign;
import feign.Response;
import feign.Retryer;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No exception text ever becomes a result or a {@code --debug} line (issue 7, finding 1): the JDK's
 * "Illegal character(s) in message header value: Bearer <token>" is classified by its type, and
 * a token that is not an RFC 6750 token is never put in a header at all.
 */
class ExceptionTextTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String MARK = HostileClient.MARK;

    @Test
    void theJdksHeaderExceptionQuotingTheTokenIsANetworkErrorWithoutText() {
        wm.stubFor(get(anyUrl()).willReturn(okJson("{}")));
        List<String> debug = new CopyOnWriteArrayList<>();
        ApiEndpoints api = Feign.builder()
                .client(new CallLog(new RoutedClient(null, ProxyRoutes.direct()), debug::add))
                .retryer(Retryer.NEVER_RETRY)
                .target(ApiEndpoints.class, wm.baseUrl());

        // Straight to the wire interface: the domain would refuse this token, a tampered file might not.
        Reply reply = Exchange.send(List.of(), () -> api.me("at\"" + MARK + "\nX-Injected: 1"));

        assertEquals(new Reply.Lost(TransportProblem.OTHER), reply);
        assertEquals(1, debug.size(), String.join("\n", debug));
        assertTrue(debug.get(0).matches("http: GET /api/v1/me -> failed: network error \\(\\d+ ms\\)"), debug.get(0));
        assertEquals(0, wm.getAllServeEvents().size(), "nothing was sent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"at\"" + MARK + "\nX", MARK + " x", MARK + "ü", ""})
    void aTokenThatIsNotAnRfc6750TokenIsNeverSent(String token) {
        AtomicInteger calls = new AtomicInteger();
        Supplier<Response> call = () -> {
            calls.incrementAndGet();
            throw new AssertionError("must not be called");
        };

        Reply reply = Exchange.sendCarrying(token, call);

        assertEquals(new Reply.Lost(TransportProblem.OTHER), reply);
        assertEquals(0, calls.get());
    }

    @Test
    void runtimeExceptionsFromInsideTheCallAreClassifiedByTypeOnly() {
        Reply illegal = Exchange.send(List.of(), () -> {
            throw new IllegalArgumentException("Illegal character(s) in message header value: Bearer " + MARK);
        });
        Reply wrappedTimeout = Exchange.send(List.of(), () -> {
            throw new UncheckedIOException(new SocketTimeoutException("Read timed out " + MARK));
        });
        Reply state = Exchange.send(List.of(), () -> {
            throw new IllegalStateException(MARK);
        });

        assertEquals(new Reply.Lost(TransportProblem.OTHER), illegal);
        assertEquals(new Reply.Lost(TransportProblem.TIMEOUT), wrappedTimeout);
        assertEquals(new Reply.Lost(TransportProblem.OTHER), state);
        for (Reply reply : List.of(illegal, wrappedTimeout, state)) {
            assertFalse(reply.toString().contains(MARK), reply::toString);
            assertFalse(((Reply.Lost) reply).failure().brief().contains(MARK));
        }
    }
}
