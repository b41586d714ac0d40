package ai.speckitty.auth.application.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.speckitty.auth.application.testkit.FakeStorageInspector;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckStoragePermissionsTest {

    private static List<PermissionProblem> check(String rootMode, boolean present, String fileMode) {
        return new CheckStoragePermissions(new FakeStorageInspector(
                FakeStorageInspector.facts(rootMode, present, fileMode, FakeStorageInspector.free()))).check();
    }

    @Test
    void safeModesGiveNoProblem() {
        assertEquals(List.of(), check("0700", true, "0600"));
        assertEquals(List.of(), check("0700", true, "0400"));
    }

    @Test
    void groupReadableFileIsAProblemWithChmod600() {
        List<PermissionProblem> problems = check("0700", true, "0644");
        assertEquals(1, problems.size());
        assertEquals(PermissionProblem.Target.CREDENTIALS_FILE, problems.get(0).target());
        assertEquals("chmod 600 " + FakeStorageInspector.CREDENTIALS, problems.get(0).remedy());
        assertEquals("0644", problems.get(0).mode());
    }

    @Test
    void openRootIsAProblemWithChmod700() {
        List<PermissionProblem> problems = check("0755", true, "0600");
        assertEquals(List.of(new PermissionProblem(PermissionProblem.Target.ROOT_DIRECTORY, FakeStorageInspector.ROOT,
                "0755", "chmod 700 " + FakeStorageInspector.ROOT)), problems);
    }

    @Test
    void bothProblemsAreReported() {
        assertEquals(2, check("0777", true, "0660").size());
    }

    @Test
    void noModesKnownMeansNoProblem() {
        assertEquals(List.of(), check(null, true, null));
    }

    @Test
    void theWarningReadsModesOnlyAndNeverRunsTheFullInspectionWithItsLockProbe() {
        FakeStorageInspector inspector = new FakeStorageInspector(
                FakeStorageInspector.facts("0755", true, "0644", FakeStorageInspector.free()));

        assertEquals(2, new CheckStoragePermissions(inspector).check().size());
        assertEquals(0, inspector.inspections());
    }

    @Test
    void problemsInFullFactsAreTheProblemsInTheirModes() {
        var facts = FakeStorageInspector.facts("0750", true, "0640", FakeStorageInspector.free());
        assertEquals(CheckStoragePermissions.problemsIn(facts.modes()), CheckStoragePermissions.problemsIn(facts));
        assertEquals(2, CheckStoragePermissions.problemsIn(facts).size());
    }

    @Test
    void pathsThatNeedQuotingAreQuotedForTheShell() {
        assertEquals("/home/ada/.spec-kitty/credentials", CheckStoragePermissions.shellQuoted("/home/ada/.spec-kitty/credentials"));
        assertEquals("'/home/a b/x'", CheckStoragePermissions.shellQuoted("/home/a b/x"));
        assertEquals("'/it'\\''s'", CheckStoragePermissions.shellQuoted("/it's"));
    }
}
