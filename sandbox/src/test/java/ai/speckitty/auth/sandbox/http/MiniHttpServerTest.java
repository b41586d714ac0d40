package ai.speckitty.auth.sandbox.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hand-written HTTP/1.1 server spoken to over raw sockets. */
class MiniHttpServerTest {

    private final List<HttpRequest> seen = new CopyOnWriteArrayList<>();
    private final MiniHttpServer server = start();

    private MiniHttpServer start() {
        try {
            return MiniHttpServer.start(0, request -> {
                seen.add(request);
                return Reply.respond(HttpResponse.text(200, "text/plain", "got " + request.body().length));
            }, () -> Instant.parse("2026-01-02T03:04:05Z"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void it_listens_on_127_0_0_1_only() throws Exception {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), server.port())) {
            assertTrue(socket.isConnected());
        }
        // 127.0.0.2 is loopback too but not the bound address: the connection is refused.
        boolean refused;
        try (Socket other = new Socket(InetAddress.getByName("127.0.0.2"), server.port())) {
            refused = false;
        } catch (IOException expected) {
            refused = true;
        }
        assertTrue(refused);
    }

    @Test
    void a_content_length_body_is_read_and_the_answer_closes_the_connection() throws Exception {
        String answer = exchange("POST /x?a=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello");
        assertTrue(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer);
        assertTrue(answer.contains("\r\nDate: Fri, 02 Jan 2026 03:04:05 GMT\r\n"));
        assertTrue(answer.contains("\r\nConnection: close\r\n"));
        assertTrue(answer.contains("\r\nContent-Length: 5\r\n"));
        assertTrue(answer.endsWith("\r\n\r\ngot 5"));
        HttpRequest request = seen.get(0);
        assertEquals("/x", request.path());
        assertEquals("a=1", request.rawQuery());
        assertEquals("h", request.header("HOST"));
    }

    @Test
    void a_chunked_body_is_decoded() throws Exception {
        String answer = exchange("POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4;ext=1\r\ndefg\r\n0\r\n\r\n");
        assertTrue(answer.endsWith("got 7"), answer);
        assertEquals("abcdefg", seen.get(0).bodyText());
    }

    @Test
    void expect_continue_gets_an_interim_answer() throws Exception {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("POST /e HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] interim = in.readNBytes("HTTP/1.1 100 Continue\r\n\r\n".length());
            assertEquals("HTTP/1.1 100 Continue\r\n\r\n", new String(interim, StandardCharsets.ISO_8859_1));
            out.write("ok".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            assertTrue(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).endsWith("got 2"));
        }
    }

    @Test
    void an_absolute_form_target_is_reduced_to_its_path() throws Exception {
        exchange("GET http://127.0.0.1:1/p/q?z=9 HTTP/1.1\r\n\r\n");
        assertEquals("/p/q", seen.get(0).path());
        assertEquals("z=9", seen.get(0).rawQuery());
    }

    @Test
    void malformed_requests_get_400_and_never_reach_the_handler() throws Exception {
        assertTrue(exchange("NONSENSE\r\n\r\n").startsWith("HTTP/1.1 400 "));
        assertTrue(exchange("GET / HTTP/1.1\r\nno colon here\r\n\r\n").startsWith("HTTP/1.1 400 "));
        assertTrue(exchange("POST / HTTP/1.1\r\nContent-Length: -3\r\n\r\n").startsWith("HTTP/1.1 400 "));
        assertTrue(exchange("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nshort").startsWith("HTTP/1.1 400 "));
        assertEquals(0, seen.size());
    }

    @Test
    void a_connection_closed_without_a_request_is_ignored() throws Exception {
        new Socket(InetAddress.getByName("127.0.0.1"), server.port()).close();
        assertEquals("HTTP/1.1 200 OK", exchange("GET / HTTP/1.1\r\n\r\n").lines().findFirst().orElseThrow());
    }

    private String exchange(String raw) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), server.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
            socket.shutdownOutput();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
