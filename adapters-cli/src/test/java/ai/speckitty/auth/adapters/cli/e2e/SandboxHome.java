package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.adapters.store.TomlSessionStore;
import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.application.port.SessionTransaction;
import ai.speckitty.auth.domain.session.AccessToken;
import ai.speckitty.auth.domain.session.AuthMethod;
import ai.speckitty.auth.domain.session.RefreshToken;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.domain.session.SessionInfo;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.session.Team;
import ai.speckitty.auth.domain.session.Tokens;
import ai.speckitty.auth.domain.session.User;
import ai.speckitty.auth.domain.testkit.TestSessions;
import ai.speckitty.auth.sandbox.IssuedSession;
import ai.speckitty.auth.sandbox.RecordedRequest;
import ai.speckitty.auth.sandbox.Sandbox;
import ai.speckitty.auth.sandbox.SandboxConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The sandbox server and a SPEC_KITTY_HOME wired together for end-to-end runs of the CLI. Every
 * {@link #run} is checked for leaked secrets (SPEC §6): no sandbox token prefix and no secret value
 * the sandbox issued or the client sent (tokens, codes, PKCE verifiers, device codes) may appear in
 * stdout or stderr, except the one access token {@code auth token} prints on stdout.
 */
final class SandboxHome implements AutoCloseable {
    /** Every secret the sandbox hands out starts with one of these. */
    static final Pattern SECRET_PREFIX = Pattern.compile("sbx_(at|rt|ac|dc)_");
    /** Form fields whose values are secrets. */
    private static final List<String> SECRET_FIELDS = List.of("token", "refresh_token", "code", "code_verifier", "device_code");
    private static final String VERSION = "e2e-test";

    final Sandbox sandbox;
    final Home home;
    private final Set<String> secrets = ConcurrentHashMap.newKeySet();
    private boolean debug;

    private SandboxHome(Sandbox sandbox, Home home) {
        this.sandbox = sandbox;
        this.home = home;
    }

    /** A sandbox with a 1 s device interval (the shortest the client honours) and a new home under {@code tmp}. */
    static SandboxHome start(Path tmp) {
        return start(tmp, b -> b);
    }

    static SandboxHome start(Path tmp, UnaryOperator<SandboxConfig.Builder> config) {
        Sandbox sandbox = Sandbox.start(config.apply(SandboxConfig.builder().deviceInterval(Duration.ofSeconds(1))).build());
        return new SandboxHome(sandbox, Home.created(tmp.resolve("home")));
    }

    /** From now on every run starts with {@code --debug} (the HTTP call log goes to stderr). */
    SandboxHome debug() {
        this.debug = true;
        return this;
    }

    // ---- sessions on disk ----------------------------------------------------------------------

    /** A new session from the sandbox (no request journaled), remembered as secret. */
    IssuedSession issue() {
        IssuedSession issued = sandbox.issueSession();
        secrets.add(issued.accessToken());
        secrets.add(issued.refreshToken());
        return issued;
    }

    /** A new sandbox session written to the credentials file as issued (fresh access token). */
    IssuedSession loggedIn() {
        return loggedIn(s -> s);
    }

    /** A new sandbox session, changed by {@code tweak} (e.g. {@link #accessExpired}) and written to disk. */
    IssuedSession loggedIn(UnaryOperator<StoredSession> tweak) {
        IssuedSession issued = issue();
        write(tweak.apply(stored(issued)));
        return issued;
    }

    /** What a device-flow login of {@code issued} against this sandbox leaves on disk. */
    StoredSession stored(IssuedSession issued) {
        List<Team> teams = issued.user().teams().stream()
                .map(t -> new Team(Optional.of(t.id()), t.name(), Optional.of(t.role()), Boolean.TRUE.equals(t.privateTeamspace())))
                .toList();
        return new StoredSession(
                Optional.of(new ServerUrl(sandbox.baseUrl())),
                new Tokens(new AccessToken(issued.accessToken()), Optional.of(new RefreshToken(issued.refreshToken())),
                        issued.accessExpiresAt(), Optional.ofNullable(issued.refreshExpiresAt()), Optional.of(issued.scope())),
                new SessionInfo(Optional.of(issued.sessionId()), OptionalLong.of(issued.generation()),
                        Optional.of(AuthMethod.DEVICE_CODE), Optional.of(issued.issuedAt()), Optional.of(issued.issuedAt())),
                new User(Optional.of(issued.user().id()), Optional.of(issued.user().email()),
                        Optional.ofNullable(issued.user().name()), Optional.empty()),
                teams);
    }

    /** The access token expired a minute ago (the client refreshes before use). */
    static StoredSession accessExpired(StoredSession s) {
        return TestSessions.withExpiries(s, TestSessions.wallClockNow().minusSeconds(60), s.tokens().refreshExpiresAt());
    }

    /** Both tokens expired: the session cannot be refreshed (SPEC §4.2). */
    static StoredSession refreshExpired(StoredSession s) {
        Instant now = TestSessions.wallClockNow();
        return TestSessions.withExpiries(s, now.minusSeconds(3600), Optional.of(now.minusSeconds(60)));
    }

    /** No refresh token at all (logout's NO_REFRESH_TOKEN). */
    static StoredSession withoutRefreshToken(StoredSession s) {
        return TestSessions.withoutRefreshToken(s);
    }

    /** The session records another server. */
    static UnaryOperator<StoredSession> atServer(String url) {
        return s -> TestSessions.withServer(s, url);
    }

    /** The session records no server, as older files do (the resolved one is used). */
    static StoredSession withoutServer(StoredSession s) {
        return TestSessions.withServer(s, null);
    }

    /** Writes the credentials file through the real store (atomic replace, 0600). */
    void write(StoredSession session) {
        try (SessionTransaction tx = store().lock(Duration.ofSeconds(5)).orElseThrow()) {
            tx.write(session);
        }
    }

    /** The session on disk now, or empty when there is none. */
    Optional<StoredSession> onDisk() {
        SessionRead read = store().read();
        return read instanceof SessionRead.Present p ? Optional.of(p.session()) : Optional.empty();
    }

    StoredSession requireOnDisk() {
        return onDisk().orElseThrow(() -> new AssertionError("no session on disk"));
    }

    boolean credentialsExist() {
        return Files.exists(home.credentials());
    }

    private TomlSessionStore store() {
        return new TomlSessionStore(home.root(), Clock.systemUTC(), VERSION);
    }

    // ---- running the CLI -------------------------------------------------------------------------

    /** The environment: SPEC_KITTY_HOME plus {@code extra} key/value pairs (nothing else of this machine). */
    Map<String, String> env(String... extra) {
        return CliRun.env(home, extra);
    }

    /** Runs the CLI with only SPEC_KITTY_HOME set. */
    CliRun run(String... args) {
        return run(env(), args);
    }

    /** Runs the CLI and checks its output for secrets (SPEC §6). */
    CliRun run(Map<String, String> env, String... args) {
        String[] actual = args;
        if (debug) {
            actual = new String[args.length + 1];
            actual[0] = "--debug";
            System.arraycopy(args, 0, actual, 1, args.length);
        }
        CliRun r = CliRun.run(new HashMap<>(env), actual);
        assertNoSecrets(r, args);
        return r;
    }

    private void assertNoSecrets(CliRun r, String... args) {
        harvestSecrets();
        String stdout = r.out();
        if (List.of("auth", "token").equals(Arrays.asList(args))) {
            // The one place a secret may appear: the access token alone on stdout (SPEC §4.7).
            assertTrue(stdout.isEmpty() || stdout.matches("sbx_at_[A-Za-z0-9_-]+\n"),
                    () -> "auth token prints the token alone or nothing:\n" + r);
            stdout = "";
        }
        String shown = stdout + r.err();
        assertFalse(SECRET_PREFIX.matcher(shown).find(), () -> String.join(" ", args) + " printed a secret:\n" + r);
        for (String secret : secrets) {
            assertFalse(shown.contains(secret), () -> String.join(" ", args) + " printed a secret value:\n" + r);
        }
    }

    /** Every secret value the client sent (journal) or holds (credentials file) so far. */
    private void harvestSecrets() {
        for (RecordedRequest request : sandbox.journal().requests()) {
            for (String field : SECRET_FIELDS) {
                request.form().getOrDefault(field, List.of()).forEach(secrets::add);
            }
            if (request.bearerToken() != null) {
                secrets.add(request.bearerToken());
            }
        }
        onDiskQuietly().ifPresent(s -> {
            secrets.add(s.tokens().access().value());
            s.tokens().refresh().ifPresent(t -> secrets.add(t.value()));
        });
        secrets.removeIf(String::isBlank);
    }

    private Optional<StoredSession> onDiskQuietly() {
        try {
            return onDisk();
        } catch (RuntimeException unreadableOrLocked) {
            return Optional.empty();
        }
    }

    /** How many secret values are known (a sweep asserts it saw some). */
    int knownSecrets() {
        harvestSecrets();
        return secrets.size();
    }

    // ---- the wire ------------------------------------------------------------------------------

    /** Method and path of every journaled request, in order, e.g. {@code POST /oauth/token}. */
    List<String> calls() {
        List<String> calls = new ArrayList<>();
        for (RecordedRequest r : sandbox.journal().requests()) {
            calls.add(r.method() + " " + r.path());
        }
        return calls;
    }

    /** The one journaled request to this method and path. */
    RecordedRequest only(String method, String path) {
        List<RecordedRequest> matching = sandbox.journal().requests(method, path);
        assertEquals(1, matching.size(), () -> "requests to " + method + " " + path + ": " + calls());
        return matching.get(0);
    }

    /** Spends a refresh token as another client would (a real rotation), then clears the journal. */
    Rotated spend(String refreshToken) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(sandbox.url(Sandbox.TOKEN_PATH)).toURL().openConnection();
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
            String form = "grant_type=refresh_token&client_id=cli_native&refresh_token="
                    + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8);
            try (OutputStream out = c.getOutputStream()) {
                out.write(form.getBytes(StandardCharsets.UTF_8));
            }
            assertEquals(200, c.getResponseCode(), "the test's own refresh");
            String body = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, Object> json = StrictJson.object(body);
            Rotated rotated = new Rotated((String) json.get("access_token"), (String) json.get("refresh_token"));
            secrets.add(rotated.access());
            secrets.add(rotated.refresh());
            sandbox.journal().clear();
            return rotated;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tokens of a rotation the test made itself. */
    record Rotated(String access, String refresh) {
        @Override
        public String toString() {
            return "Rotated[redacted]";
        }
    }

    /** An http URL on 127.0.0.1 where nothing listens (a port just bound and closed again). */
    static String closedPortUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
