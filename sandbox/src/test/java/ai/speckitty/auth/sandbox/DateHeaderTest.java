package ai.speckitty.auth.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DateHeaderTest {

    private static final Instant NOW = Instant.parse("2026-11-03T09:05:07Z");

    private final Sandbox sandbox = Sandbox.start(SandboxConfig.builder()
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build());

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void every_answer_carries_the_sandbox_time_as_an_imf_fixdate() throws Exception {
        TestHttp.Answer[] answers = {
            TestHttp.get(sandbox.url("/")),
            TestHttp.get(sandbox.url("/nowhere")),
            TestHttp.getBearer(sandbox.url(Sandbox.ME_PATH), "sbx_at_bad"),
            TestHttp.refresh(sandbox, "sbx_rt_bad"),
        };
        for (TestHttp.Answer answer : answers) {
            assertEquals("Tue, 03 Nov 2026 09:05:07 GMT", answer.header("Date"), "two-digit day, GMT");
        }
    }

    @Test
    void the_skew_moves_the_date_header_only() throws Exception {
        sandbox.setDateSkew(Duration.ofSeconds(-125));
        IssuedSession session = sandbox.issueSession();
        TestHttp.Answer answer = TestHttp.getBearer(sandbox.url(Sandbox.SESSION_STATUS_PATH), session.accessToken());
        assertEquals(200, answer.status());
        assertEquals(NOW.minusSeconds(125), parse(answer.header("Date")));
        assertEquals(NOW, session.issuedAt());
    }

    @Test
    void advancing_the_clock_moves_the_date_header_too() throws Exception {
        sandbox.advanceClock(Duration.ofMinutes(10));
        assertEquals(NOW.plusSeconds(600), parse(TestHttp.get(sandbox.url("/")).header("Date")));
    }

    private static Instant parse(String date) {
        return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }
}
