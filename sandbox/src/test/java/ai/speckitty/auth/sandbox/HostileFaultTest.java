package ai.speckitty.auth.sandbox;

import static ai.speckitty.auth.sandbox.TestHttp.refresh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The faults hostile-server tests need: tokens no server may send, and an answer that trickles. */
class HostileFaultTest {

    private final Sandbox sandbox = Sandbox.start();

    @AfterEach
    void close() {
        sandbox.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"access_token", "refresh_token"})
    void a_hostile_token_answer_carries_a_quote_and_a_newline_without_processing(String field) throws Exception {
        IssuedSession login = sandbox.issueSession();
        sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.hostileToken(field));

        TestHttp.Answer answer = refresh(sandbox, login.refreshToken());

        assertEquals(200, answer.status());
        String value = answer.json().get(field).asText();
        assertTrue(value.endsWith("\"\nX-Injected: 1"), value);
        assertTrue(value.startsWith(field.equals("access_token") ? "sbx_at_" : "sbx_rt_"), "caught by every secret sweep");
        assertEquals("Bearer", answer.json().get("token_type").asText());
        assertTrue(sandbox.isCurrentRefreshToken(login.refreshToken()), "nothing was processed");
        assertEquals("status 200", sandbox.journal().requests().get(0).fault());
    }

    @Test
    void a_hostile_token_names_a_token_field() {
        assertThrows(IllegalArgumentException.class, () -> Fault.hostileToken("session_id"));
    }

    @Test
    void a_trickle_sends_one_byte_per_interval_after_processing() throws Exception {
        IssuedSession login = sandbox.issueSession();
        Duration interval = Duration.ofMillis(300);
        sandbox.injectFault(Sandbox.TOKEN_PATH, Fault.trickle(interval));
        URI url = URI.create(sandbox.url(Sandbox.TOKEN_PATH));
        byte[] form = TestHttp.form("grant_type", "refresh_token", "refresh_token", login.refreshToken(), "client_id", Sandbox.CLIENT_ID);

        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), url.getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + url.getPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + form.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(form);
            out.flush();
            InputStream in = socket.getInputStream();
            long start = System.nanoTime();
            String head = readHead(in);
            long headMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(head.startsWith("HTTP/1.1 200 "), head);
            assertTrue(head.contains("Content-Length: "), "the full length is announced: " + head);
            // WireMock's chunked dribble sends the head with the first byte, one interval in.
            assertTrue(headMillis < 2 * interval.toMillis(), "the head comes with the first byte: " + headMillis + " ms");

            assertEquals('{', in.read());
            long beforeBytes = System.nanoTime();
            assertEquals('"', in.read());
            assertEquals('a', in.read());
            assertEquals('c', in.read());
            long threeBytes = (System.nanoTime() - beforeBytes) / 1_000_000;
            assertTrue(threeBytes >= 3 * interval.toMillis() - 50, "one byte per interval: " + threeBytes + " ms for 3");
        }
        assertFalse(sandbox.isCurrentRefreshToken(login.refreshToken()), "the refresh was processed: the server rotated");
        assertEquals("trickle 300ms/byte", sandbox.journal().requests().get(0).fault());
    }

    private static String readHead(InputStream in) throws Exception {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("connection closed in the head");
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
