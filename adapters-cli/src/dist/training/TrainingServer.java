import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A stand-in server for the build-time training run (train.sh): answers the SPEC §2 calls of
 * the network commands with fixed, fake successes so that training loads and archives the HTTP
 * stack (Feign, Jackson, HttpURLConnection). Binds 127.0.0.1 only, writes its port to the file
 * given as first argument, and stops by itself after two minutes at the latest.
 * Run with the JDK's source launcher: java TrainingServer.java PORT_FILE
 */
public final class TrainingServer {
    private static final Map<String, String> ANSWERS = Map.of(
            "POST /oauth/token", """
                {"access_token":"training-access-2","token_type":"Bearer","expires_in":3600,\
                "refresh_token":"training-refresh-2","session_id":"sess_training",\
                "scope":"offline_access","generation":4}""",
            "POST /oauth/revoke", "{\"revoked\":true}",
            "GET /api/v1/session-status", """
                {"session_id":"sess_training","status":"active","current_generation":4,\
                "created_at":"2026-11-23T17:00:00Z"}""",
            "GET /api/v1/me", """
                {"user_id":"u_training","email":"training@example.com","name":"Training",\
                "teams":[{"id":"t_1","name":"Training space","role":"owner",\
                "is_private_teamspace":true}]}""",
            "GET /api/v1/sync/health/", "{\"status\":\"ok\"}");

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", TrainingServer::answer);
        server.start();
        Path portFile = Path.of(args[0]);
        Path partial = Path.of(args[0] + ".partial");
        Files.writeString(partial, Integer.toString(server.getAddress().getPort()));
        Files.move(partial, portFile);
        try {
            Thread.sleep(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String body = ANSWERS.get(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        int status = body == null ? 404 : 200;
        byte[] bytes = (body == null ? "{\"error\":\"not_found\"}" : body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
