package ai.speckitty.auth.adapters.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.sandbox.IssuedSession;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The token path through the CLI, now that the commands no longer resolve a fallback server
 * themselves (SPEC §4.1): a session that records no server (older files) is refreshed and revoked
 * at the resolved one; a session that records its server is refreshed there whatever is
 * configured; and the permission warning (modes only) still speaks.
 */
class TokenPathTest extends SandboxTestBase {

    @Test
    void anExpiredSessionWithoutAServerIsRefreshedAtTheConfiguredOne() {
        IssuedSession session = world.loggedIn(s -> SandboxHome.withoutServer(SandboxHome.accessExpired(s)));

        CliRun r = world.run(world.env("SPEC_KITTY_SAAS_URL", world.sandbox.baseUrl()), "auth", "token");

        String printed = r.out().strip();
        assertEquals(0, r.exit(), r.toString());
        assertNotEquals(session.accessToken(), printed);
        assertEquals(printed, world.requireOnDisk().tokens().access().value());
        assertEquals(List.of("POST /oauth/token"), world.calls());
    }

    @Test
    void anExpiredSessionWithoutAServerAndNothingConfiguredKeepsTheSessionAndSendsNothing() {
        world.loggedIn(s -> SandboxHome.withoutServer(SandboxHome.accessExpired(s)));
        StoredSession before = world.requireOnDisk();

        CliRun r = world.run("auth", "token");

        assertEquals(1, r.exit(), r.toString());
        assertEquals("", r.out());
        assertEquals(List.of(), world.calls());
        assertEquals(before, world.requireOnDisk());
    }

    @Test
    void aFreshSessionWithoutAServerNeedsNoConfiguredServer() {
        IssuedSession session = world.loggedIn(SandboxHome::withoutServer);

        CliRun r = world.run("auth", "token");

        assertEquals(new CliRun(0, session.accessToken() + "\n", ""), r);
    }

    @Test
    void aSessionWithoutAServerIsRevokedAtTheConfiguredOne() {
        IssuedSession session = world.loggedIn(SandboxHome::withoutServer);

        CliRun r = world.run(world.env("SPEC_KITTY_SAAS_URL", world.sandbox.baseUrl()), "auth", "logout");

        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("POST /oauth/revoke"), world.calls());
        assertTrue(world.sandbox.sessionOfToken(session.refreshToken()).orElseThrow().revoked());
    }

    @Test
    void aSessionThatRecordsItsServerIsRefreshedThereWhateverIsConfigured() {
        world.loggedIn(SandboxHome::accessExpired);

        CliRun r = world.run(world.env("SPEC_KITTY_SAAS_URL", SandboxHome.closedPortUrl()), "auth", "token");

        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("POST /oauth/token"), world.calls(), "the refresh went to the session's own server");
    }

    @Test
    void theTokenPathStillWarnsAboutAnOpenCredentialsFileAndPrintsTheToken() {
        IssuedSession session = world.loggedIn();
        world.home.mode(world.home.credentials(), "rw-r--r--");

        CliRun r = world.run("auth", "token");

        assertEquals(0, r.exit(), r.toString());
        assertEquals(session.accessToken() + "\n", r.out());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("Warning: ")).count(), "one warning:\n" + r.err());
        assertTrue(r.err().startsWith("Warning: "), r.err());
        assertTrue(r.err().contains("\n  " + world.home.credentials() + "\n"), "the path on its own line: " + r.err());
        assertTrue(r.err().contains("`chmod 600 " + world.home.credentials() + "`"), r.err());
    }
}
