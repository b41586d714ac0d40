package ai.speckitty.auth.application.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.application.port.ServerSetting;
import ai.speckitty.auth.application.testkit.FakeSettings;
import ai.speckitty.auth.domain.session.ServerUrl;
import ai.speckitty.auth.domain.session.StoredSession;
import ai.speckitty.auth.domain.testkit.TestSessions;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerResolverTest {
    private static final Optional<StoredSession> SESSION = Optional.of(TestSessions.session("fresh"));

    @Test
    void environmentWinsOverTheSession() {
        ServerResolution r = new ServerResolver(FakeSettings.env("https://env.example")).resolve(SESSION);
        assertEquals(Optional.of(new ServerUrl("https://env.example")), r.resolved());
        assertEquals(ServerSource.ENVIRONMENT, r.source());
        assertEquals(Optional.of(new ServerUrl(TestSessions.SERVER)), r.sessionUrl());
        assertTrue(r.mismatch());
        assertEquals(Optional.of(new ServerUrl(TestSessions.SERVER)), r.sessionServer(), "tokens go to the session's server");
    }

    @Test
    void configFileWinsOverTheSession() {
        ServerResolution r = new ServerResolver(FakeSettings.config("https://cfg.example/")).resolve(SESSION);
        assertEquals("https://cfg.example", r.resolved().orElseThrow().value());
        assertEquals(ServerSource.CONFIG_FILE, r.source());
        assertTrue(r.mismatch());
    }

    @Test
    void sessionUrlIsUsedWhenNothingIsConfigured() {
        ServerResolution r = new ServerResolver(FakeSettings.none()).resolve(SESSION);
        assertEquals(Optional.of(new ServerUrl(TestSessions.SERVER)), r.resolved());
        assertEquals(ServerSource.SESSION, r.source());
        assertFalse(r.mismatch());
    }

    @Test
    void nothingConfiguredAndNoSessionResolvesToNone() {
        ServerResolution r = new ServerResolver(FakeSettings.none()).resolve(Optional.empty());
        assertEquals(Optional.empty(), r.resolved());
        assertEquals(ServerSource.NONE, r.source());
        assertEquals(Optional.empty(), r.problem());
    }

    @Test
    void trailingSlashDoesNotMakeAMismatch() {
        ServerResolution r = new ServerResolver(FakeSettings.env(TestSessions.SERVER + "/")).resolve(SESSION);
        assertFalse(r.mismatch());
        assertEquals(ServerSource.ENVIRONMENT, r.source());
    }

    @Test
    void sessionWithoutRecordedUrlUsesTheResolvedOneAndHasNoMismatch() {
        ServerResolution r = new ServerResolver(FakeSettings.env("https://env.example"))
                .resolve(Optional.of(TestSessions.legacy()));
        assertFalse(r.mismatch());
        assertEquals(Optional.of(new ServerUrl("https://env.example")), r.sessionServer());
    }

    @Test
    void invalidConfiguredUrlIsAProblemNotASilentFallback() {
        ServerResolution r = new ServerResolver(FakeSettings.env("http://example.com")).resolve(SESSION);
        assertEquals(Optional.empty(), r.resolved());
        assertEquals(ServerSource.ENVIRONMENT, r.source());
        assertEquals(Optional.of(new ServerProblem.UnusableUrl(ServerSetting.Source.ENVIRONMENT,
                ServerUrl.Defect.PLAIN_HTTP_TO_REMOTE_HOST, "http://example.com")), r.problem());
        assertFalse(r.mismatch());
    }

    @Test
    void urlWithUserInfoIsRejectedWithoutEchoingIt() {
        ServerResolution r = new ServerResolver(FakeSettings.config("https://bob:hunter2@example.com"))
                .resolve(Optional.empty());
        assertEquals(Optional.of(new ServerProblem.UnusableUrl(ServerSetting.Source.CONFIG_FILE,
                ServerUrl.Defect.EXTRA_PARTS, "")), r.problem());
    }

    @Test
    void unreadableConfigIsAProblem() {
        FakeSettings settings = new FakeSettings(new ServerSetting.ConfigUnreadable("/h/config.toml", "line 2, column 3"));
        ServerResolution r = new ServerResolver(settings).resolve(SESSION);
        assertEquals(Optional.empty(), r.resolved());
        assertEquals(ServerSource.CONFIG_FILE, r.source());
        assertEquals(Optional.of(new ServerProblem.ConfigUnreadable("/h/config.toml", "line 2, column 3")), r.problem());
    }
}
