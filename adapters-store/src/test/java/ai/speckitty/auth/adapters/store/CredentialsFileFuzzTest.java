package ai.speckitty.auth.adapters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ai.speckitty.auth.application.port.SessionRead;
import ai.speckitty.auth.domain.session.StoredSession;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Any bytes in place of the credentials file read as a session, Unreadable or FromNewerVersion,
 * never an exception; an Unreadable reason never quotes a token-like value; and a session that is
 * read is written back to a file that reads as the same session (nothing misread, nothing lost).
 */
class CredentialsFileFuzzTest {
    private static final String LOCATION = "/fuzz/credentials";

    @FuzzTest(maxDuration = "60s")
    void credentialsReader(byte[] file) {
        SessionRead read = SessionTomlReader.parse(LOCATION, file);
        if (read instanceof SessionRead.Unreadable unreadable) {
            assertEquals(LOCATION, unreadable.location());
            assertNull(ReasonWords.quotedInput(unreadable.reason(), LOCATION), () -> "reason quotes the input: " + unreadable.reason());
        } else if (read instanceof SessionRead.Present present) {
            StoredSession session = present.session();
            byte[] rewritten = SessionTomlWriter.write(session).getBytes(StandardCharsets.UTF_8);
            assertEquals(new SessionRead.Present(session), SessionTomlReader.parse(LOCATION, rewritten), "read back as written");
        }
    }
}
