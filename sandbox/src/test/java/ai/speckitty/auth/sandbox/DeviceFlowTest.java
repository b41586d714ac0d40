package ai.speckitty.auth.sandbox;

import static ai.speckitty.auth.sandbox.TestHttp.postForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeviceFlowTest {

    private final Sandbox sandbox = Sandbox.start(SandboxConfig.builder().deviceInterval(Duration.ZERO).build());

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void device_authorization_answers_the_rfc_8628_fields() throws Exception {
        TestHttp.Answer answer = postForm(sandbox.url(Sandbox.DEVICE_PATH), "client_id", "cli_native", "scope", "offline_access");
        assertEquals(200, answer.status());
        JsonNode body = answer.json();
        assertTrue(body.get("device_code").asText().length() > 20);
        assertTrue(body.get("user_code").asText().matches("[A-Z]{8}"), "8 raw letters");
        assertEquals(sandbox.baseUrl() + "/device", body.get("verification_uri").asText());
        assertEquals(sandbox.baseUrl() + "/device?user_code=" + body.get("user_code").asText(),
                body.get("verification_uri_complete").asText());
        assertEquals(900, body.get("expires_in").asInt());
        assertEquals(0, body.get("interval").asInt());
    }

    @Test
    void the_interval_and_lifetime_are_configurable() throws Exception {
        sandbox.configure(c -> c.deviceInterval(Duration.ofSeconds(3)).deviceCodeTtl(Duration.ofSeconds(42)));
        JsonNode body = postForm(sandbox.url(Sandbox.DEVICE_PATH), "client_id", "cli_native", "scope", "offline_access").json();
        assertEquals(3, body.get("interval").asInt());
        assertEquals(42, body.get("expires_in").asInt());
    }

    @Test
    void device_authorization_checks_client_and_scope() throws Exception {
        assertEquals("invalid_client", postForm(sandbox.url(Sandbox.DEVICE_PATH), "client_id", "x", "scope", "offline_access").error());
        assertEquals("invalid_scope", postForm(sandbox.url(Sandbox.DEVICE_PATH), "client_id", "cli_native").error());
    }

    @Test
    void approved_on_the_first_poll_by_default_and_the_code_is_single_use() throws Exception {
        String deviceCode = startDevice();
        TestHttp.Answer tokens = poll(deviceCode);
        assertEquals(200, tokens.status());
        assertTrue(tokens.json().hasNonNull("refresh_token"));
        assertEquals("invalid_grant", poll(deviceCode).error());
    }

    @Test
    void pending_polls_come_first_when_configured() throws Exception {
        sandbox.configure(c -> c.devicePendingPolls(2));
        String deviceCode = startDevice();
        assertEquals(List.of("authorization_pending", "authorization_pending", "200"), outcomes(deviceCode, 3));
    }

    @Test
    void deny_mode_answers_access_denied() throws Exception {
        sandbox.configure(c -> c.deviceMode(DeviceMode.DENY).devicePendingPolls(1));
        assertEquals(List.of("authorization_pending", "access_denied", "access_denied"), outcomes(startDevice(), 3));
    }

    @Test
    void expire_mode_answers_expired_token() throws Exception {
        sandbox.setDeviceMode(DeviceMode.EXPIRE);
        assertEquals(List.of("expired_token"), outcomes(startDevice(), 1));
    }

    @Test
    void slow_down_mode_answers_slow_down_then_approves() throws Exception {
        sandbox.configure(c -> c.deviceMode(DeviceMode.SLOW_DOWN).devicePendingPolls(2));
        assertEquals(List.of("slow_down", "slow_down", "200"), outcomes(startDevice(), 3));
        sandbox.configure(c -> c.devicePendingPolls(0));
        assertEquals(List.of("slow_down", "200"), outcomes(startDevice(), 2));
    }

    @Test
    void pending_forever_ends_in_expired_token_once_the_code_outlives_expires_in() throws Exception {
        sandbox.setDeviceMode(DeviceMode.PENDING_FOREVER);
        String deviceCode = startDevice();
        assertEquals(List.of("authorization_pending", "authorization_pending"), outcomes(deviceCode, 2));
        sandbox.advanceClock(Duration.ofSeconds(900));
        assertEquals(List.of("expired_token"), outcomes(deviceCode, 1));
    }

    @Test
    void an_unknown_device_code_is_invalid_grant() throws Exception {
        assertEquals("invalid_grant", poll("sbx_dc_unknown").error());
    }

    private String startDevice() throws Exception {
        return postForm(sandbox.url(Sandbox.DEVICE_PATH), "client_id", "cli_native", "scope", "offline_access")
                .json().get("device_code").asText();
    }

    private TestHttp.Answer poll(String deviceCode) throws Exception {
        return postForm(sandbox.url(Sandbox.TOKEN_PATH), "grant_type", "urn:ietf:params:oauth:grant-type:device_code",
                "device_code", deviceCode, "client_id", "cli_native");
    }

    private List<String> outcomes(String deviceCode, int polls) throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < polls; i++) {
            TestHttp.Answer answer = poll(deviceCode);
            outcomes.add(answer.status() == 200 ? "200" : answer.error());
            if (answer.status() != 200) {
                assertEquals(400, answer.status());
            }
        }
        return outcomes;
    }
}
