package ai.speckitty.auth.adapters.cli.e2e;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The catalogue of broken, foreign and strange things found where the credentials file should be:
 * each knows how to put itself in place and how it must read (unreadable file, newer version, or
 * not a regular file at all).
 */
final class BadCredentialsFiles {
    /** Planted in every token-like value; no command may ever print it. */
    static final String MARK = "PLANTEDxSECRETx9Qz";

    /** How the store must see the thing. */
    enum Kind {
        /** A regular file that is not a session: reported, and kept aside by logout and login. */
        CORRUPT,
        /** A session file from a newer version: left alone by everyone. */
        NEWER,
        /** Not a regular file (FIFO, socket, directory, link): reported as such and left alone. */
        SPECIAL
    }

    /** Puts the thing at {@code credentials}; {@code scratch} is a directory for link targets. */
    interface Installer {
        void install(Path credentials, Path scratch) throws IOException, InterruptedException;
    }

    record BadFile(String name, Kind kind, Installer installer) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String VALID = """
            schema_version = 1

            [server]
            url = "https://app.spec-kitty.ai"

            [tokens]
            access = "%1$s-access"
            refresh = "%1$s-refresh"
            access_expires_at = "2099-11-23T18:00:00Z"
            scope = "offline_access"

            [session]
            id = "sess_01JX"
            generation = 7
            auth_method = "device_code"

            [user]
            email = "ada@example.com"

            [[teams]]
            id = "t_1"
            name = "Ada's space"
            """.formatted(MARK);

    private static final String LEGACY = """
            [server]
            url = "https://app.spec-kitty.ai"

            [tokens]
            access = "%1$s-legacy-access"
            refresh = "%1$s-legacy-refresh"
            access_expires_at = "2099-11-23 18:00:00+00:00"

            [user]
            username = "old@example.com"
            team_slug = "old-team"
            """.formatted(MARK);

    private BadCredentialsFiles() {
    }

    static List<BadFile> all() {
        List<BadFile> rows = new ArrayList<>();
        corrupt(rows, "empty", new byte[0]);
        corrupt(rows, "only whitespace", " \n\t\r\n   \n");
        corrupt(rows, "only a comment", "# spec-kitty credentials\n");
        corrupt(rows, "truncated in a table header", VALID.substring(0, VALID.indexOf("[tokens]") + 4));
        corrupt(rows, "truncated inside the access token", VALID.substring(0, VALID.indexOf("-access") + 3));
        corrupt(rows, "truncated after the access token", VALID.substring(0, VALID.indexOf("access_expires_at")));
        corrupt(rows, "invalid UTF-8", bytes(VALID.replace("Ada's space", "Ada\u00ffs space"), "ISO-8859-1"));
        corrupt(rows, "UTF-8 with a byte order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(VALID)));
        corrupt(rows, "UTF-16 with a byte order mark", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes(VALID, "UTF-16LE")));
        corrupt(rows, "NUL byte inside the access token", VALID.replace(MARK + "-access", MARK + "\u0000-access"));
        corrupt(rows, "NUL bytes between lines", VALID.replace("\n", "\n\u0000"));
        corrupt(rows, "random binary", random(4096, 7));
        corrupt(rows, "an ELF header and binary", concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, random(2000, 8)));
        corrupt(rows, "10 MB of session and padding", concat(utf8(VALID), utf8("#" + "x".repeat(10 << 20) + "\n")));
        corrupt(rows, "2 MiB of blank lines", "\n".repeat(2 << 20));
        corrupt(rows, "duplicate key", VALID.replace("scope = ", "access = \"" + MARK + "-again\"\nscope = "));
        corrupt(rows, "duplicate table", VALID + "\n[tokens]\naccess = \"" + MARK + "-other\"\n");
        corrupt(rows, "access token is an integer", VALID.replace("access = \"" + MARK + "-access\"", "access = 42"));
        corrupt(rows, "access token is an array", VALID.replace("access = \"" + MARK + "-access\"", "access = [\"" + MARK + "\"]"));
        corrupt(rows, "tokens is a string", "tokens = \"" + MARK + "\"\n");
        corrupt(rows, "expiry is not a timestamp", VALID.replace("\"2099-11-23T18:00:00Z\"", "\"tomorrow\""));
        corrupt(rows, "generation is text", VALID.replace("generation = 7", "generation = \"seven\""));
        corrupt(rows, "teams is a number", "teams = 3\n" + VALID.replace("[[teams]]\nid = \"t_1\"\nname = \"Ada's space\"\n", ""));
        corrupt(rows, "20000 nested arrays", "a = " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
        corrupt(rows, "5000 nested inline tables", "a = " + "{b = ".repeat(5000) + "1" + "}".repeat(5000) + "\n");
        corrupt(rows, "legacy 2.x with garbage appended", LEGACY + "\n}}}} not toml {{{{\n");
        corrupt(rows, "legacy 2.x with garbage inside", LEGACY.replace("[user]", "[user\n"));
        corrupt(rows, "token with a quote and a newline", VALID.replace(MARK + "-access", MARK + "\\\"\\nX-Injected: 1"));
        corrupt(rows, "token with a space", VALID.replace(MARK + "-access", MARK + " access"));
        corrupt(rows, "token of 5000 characters", VALID.replace(MARK + "-access", MARK + "a".repeat(5000)));
        corrupt(rows, "refresh token with a bell", VALID.replace(MARK + "-refresh", MARK + "\\u0007-refresh"));
        corrupt(rows, "access token with a terminal escape", VALID.replace(MARK + "-access", "\\u001b]0;" + MARK + "\\u0007"));
        corrupt(rows, "a JSON file", "{\"access_token\": \"" + MARK + "\", \"expires_in\": 3600}\n");
        corrupt(rows, "a .netrc file", "machine app.spec-kitty.ai login ada password " + MARK + "\n");
        corrupt(rows, "a config.toml put here", "[sync]\nserver_url = \"https://app.spec-kitty.ai\"\n");
        corrupt(rows, "schema_version 0", VALID.replace("schema_version = 1", "schema_version = 0"));
        corrupt(rows, "schema_version too large for a long", VALID.replace("schema_version = 1", "schema_version = 99999999999999999999"));
        corrupt(rows, "schema_version is a string", VALID.replace("schema_version = 1", "schema_version = \"2\""));
        corrupt(rows, "server url is javascript:", VALID.replace("https://app.spec-kitty.ai", "javascript:alert(1)"));
        corrupt(rows, "no access expiry", VALID.replace("access_expires_at = \"2099-11-23T18:00:00Z\"\n", ""));
        corrupt(rows, "unknown auth method", VALID.replace("\"device_code\"", "\"password\""));
        rows.add(new BadFile("schema_version 2", Kind.NEWER, (c, s) -> Files.writeString(c,
                VALID.replace("schema_version = 1", "schema_version = 2"))));
        rows.add(new BadFile("schema_version 999 with a foreign layout", Kind.NEWER, (c, s) -> Files.writeString(c,
                "schema_version = 999\n[vault]\nsealed = { key = \"" + MARK + "\" }\n")));
        rows.add(new BadFile("an empty directory", Kind.SPECIAL, (c, s) -> Files.createDirectory(c)));
        rows.add(new BadFile("a directory with a file in it", Kind.SPECIAL, (c, s) -> {
            Files.createDirectory(c);
            Files.writeString(c.resolve("credentials"), VALID);
        }));
        rows.add(new BadFile("a FIFO", Kind.SPECIAL, (c, s) -> fifo(c)));
        rows.add(new BadFile("a Unix socket", Kind.SPECIAL, (c, s) -> {
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(c));
            }
        }));
        rows.add(new BadFile("a symlink to a valid session", Kind.SPECIAL,
                (c, s) -> Files.createSymbolicLink(c, Files.writeString(s.resolve("real-credentials"), VALID))));
        rows.add(new BadFile("a dangling symlink", Kind.SPECIAL, (c, s) -> Files.createSymbolicLink(c, s.resolve("nowhere"))));
        rows.add(new BadFile("a symlink to /dev/zero", Kind.SPECIAL, (c, s) -> Files.createSymbolicLink(c, Path.of("/dev/zero"))));
        rows.add(new BadFile("a symlink to a FIFO", Kind.SPECIAL, (c, s) -> Files.createSymbolicLink(c, fifo(s.resolve("pipe")))));
        rows.add(new BadFile("a symlink to a directory", Kind.SPECIAL, (c, s) -> Files.createSymbolicLink(c, s)));
        return rows;
    }

    private static void corrupt(List<BadFile> rows, String name, String content) {
        corrupt(rows, name, utf8(content));
    }

    private static void corrupt(List<BadFile> rows, String name, byte[] content) {
        rows.add(new BadFile(name, Kind.CORRUPT, (c, s) -> Files.write(c, content)));
    }

    static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
            throw new IOException("mkfifo failed for " + path);
        }
        return path;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text, String charset) {
        return text.getBytes(java.nio.charset.Charset.forName(charset));
    }

    private static byte[] random(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
