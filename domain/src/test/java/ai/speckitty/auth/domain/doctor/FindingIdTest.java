package ai.speckitty.auth.domain.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The doctor findings table of SPEC §4.8: stable ids and their severities. */
class FindingIdTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "F-001, critical",
        "F-003, critical",
        "F-007, warn",
        "F-101, critical",
        "F-102, critical",
        "F-103, critical",
        "F-104, critical",
        "F-105, warn",
        "F-106, info",
        "F-107, info",
    })
    void eachIdHasTheSeverityOfTheSpecTable(String code, String severity) {
        FindingId id = FindingId.valueOf(code.replace('-', '_'));
        assertEquals(code, id.code());
        assertEquals(severity, id.severity().label());
    }

    @Test
    void theTableHasExactlyTenDistinctIds() {
        Set<String> codes = Arrays.stream(FindingId.values()).map(FindingId::code).collect(Collectors.toSet());
        assertEquals(10, FindingId.values().length);
        assertEquals(10, codes.size());
    }
}
