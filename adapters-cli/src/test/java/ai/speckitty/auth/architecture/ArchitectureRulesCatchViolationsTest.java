package ai.speckitty.auth.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.speckitty.auth.architecture.fixture.adapters.cli.CompliantCommand;
import ai.speckitty.auth.architecture.fixture.adapters.cli.DebugStackTraceCommand;
import ai.speckitty.auth.architecture.fixture.adapters.cli.ExitingCommand;
import ai.speckitty.auth.architecture.fixture.adapters.cli.Main;
import ai.speckitty.auth.architecture.fixture.adapters.cli.PrintingCommand;
import ai.speckitty.auth.architecture.fixture.adapters.cli.StackTraceToStderrCommand;
import ai.speckitty.auth.architecture.fixture.adapters.cli.Wiring;
import ai.speckitty.auth.architecture.fixture.adapters.http.ExitsTheJvm;
import ai.speckitty.auth.architecture.fixture.adapters.http.HttpAdapter;
import ai.speckitty.auth.architecture.fixture.adapters.http.PrintsAStackTraceToAWriter;
import ai.speckitty.auth.architecture.fixture.adapters.http.TalksToTheCli;
import ai.speckitty.auth.architecture.fixture.adapters.store.PrintsAStackTrace;
import ai.speckitty.auth.architecture.fixture.adapters.store.PrintsToStdout;
import ai.speckitty.auth.architecture.fixture.adapters.store.StoreAdapter;
import ai.speckitty.auth.architecture.fixture.adapters.store.TalksToHttp;
import ai.speckitty.auth.architecture.fixture.application.CallsCurrentTimeMillis;
import ai.speckitty.auth.architecture.fixture.application.CallsInstantNow;
import ai.speckitty.auth.architecture.fixture.application.CallsNanoTime;
import ai.speckitty.auth.architecture.fixture.application.CallsSystemClock;
import ai.speckitty.auth.architecture.fixture.application.CallsZonedNow;
import ai.speckitty.auth.architecture.fixture.application.CreatesADate;
import ai.speckitty.auth.architecture.fixture.application.DependsOnAnAdapter;
import ai.speckitty.auth.architecture.fixture.application.OpensSockets;
import ai.speckitty.auth.architecture.fixture.application.ParsesUris;
import ai.speckitty.auth.architecture.fixture.application.ReadsFiles;
import ai.speckitty.auth.architecture.fixture.application.ReadsTheEnvironment;
import ai.speckitty.auth.architecture.fixture.application.RefersToInstantNow;
import ai.speckitty.auth.architecture.fixture.application.StartsProcesses;
import ai.speckitty.auth.architecture.fixture.application.WritesAFileStream;
import ai.speckitty.auth.architecture.fixture.application.login.LogIn;
import ai.speckitty.auth.architecture.fixture.application.ping.Ping;
import ai.speckitty.auth.architecture.fixture.application.pong.Pong;
import ai.speckitty.auth.architecture.fixture.application.port.CompliantPort;
import ai.speckitty.auth.architecture.fixture.application.port.PortKnowsAUseCase;
import ai.speckitty.auth.architecture.fixture.domain.KnowsAUseCase;
import ai.speckitty.auth.architecture.fixture.domain.PureValue;
import ai.speckitty.auth.architecture.fixture.domain.UsesALibrary;
import ai.speckitty.auth.architecture.fixture.domain.UsesFiles;
import ai.speckitty.auth.architecture.fixture.domain.UsesJavax;
import ai.speckitty.auth.architecture.fixture.embedding.AssemblesAdapters;
import ai.speckitty.auth.architecture.fixture.embedding.ExitsWhenLoginFails;
import ai.speckitty.auth.architecture.fixture.embedding.ParsesACommandLine;
import ai.speckitty.auth.architecture.fixture.embedding.PrintsTheLoginUrl;
import ai.speckitty.auth.architecture.fixture.embedding.RendersWithTheCli;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule, built for the fixture's root package, fails on the fixture classes that
 * break it, naming each of them, and does not name the fixture classes that obey it.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final String FIXTURE = "ai.speckitty.auth.architecture.fixture";
    private static final Path FIXTURE_SOURCES = Path.of("src", "test", "java", "ai", "speckitty", "auth", "architecture", "fixture");
    private static final Pattern VIOLATION_ORIGIN =
            Pattern.compile("^\\s*(?:- )?(?:Method|Constructor|Field|Class|Static Initializer) <([^>(]+)");
    private static final JavaClasses FIXTURE_CLASSES = new ClassFileImporter()
            .importPath(moduleDirectory().resolve(Path.of("target", "test-classes", "ai", "speckitty", "auth", "architecture", "fixture")));

    @Test
    void theFixtureIsImportedWhole() {
        long sources = countSourceFiles(moduleDirectory().resolve(FIXTURE_SOURCES));
        long imported = FIXTURE_CLASSES.stream().filter(c -> c.getPackageName().startsWith(FIXTURE)).count();
        assertTrue(sources > 30, "fixture sources found: " + sources);
        assertTrue(imported >= sources, imported + " fixture classes imported for " + sources + " source files");
    }

    @Test
    void domainRuleFailsOnJavaxALibraryAndTheApplication() {
        assertFailsNaming(ArchitectureRules.domainClassesDependOnlyOnTheJdkAndTheDomain(FIXTURE),
                List.of(UsesJavax.class, UsesALibrary.class, KnowsAUseCase.class),
                List.of(PureValue.class, UsesFiles.class));
    }

    @Test
    void applicationRuleFailsOnAnAdapter() {
        assertFailsNaming(ArchitectureRules.applicationClassesDependOnlyOnTheJdkTheDomainAndTheApplication(FIXTURE),
                List.of(DependsOnAnAdapter.class),
                List.of(LogIn.class, ParsesUris.class, CompliantPort.class, ReadsFiles.class));
    }

    @Test
    void noIoRuleFailsOnFilesStreamsSocketsProcessesAndTheEnvironment() {
        assertFailsNaming(ArchitectureRules.domainAndApplicationClassesDoNoIo(FIXTURE),
                List.of(UsesFiles.class, ReadsFiles.class, WritesAFileStream.class, OpensSockets.class,
                        StartsProcesses.class, ReadsTheEnvironment.class),
                List.of(PureValue.class, ParsesUris.class, LogIn.class, StoreAdapter.class));
    }

    @Test
    void noWallClockRuleFailsOnEveryWayOfReadingTheSystemClock() {
        assertFailsNaming(ArchitectureRules.domainAndApplicationClassesReadNoWallClock(FIXTURE),
                List.of(CallsInstantNow.class, RefersToInstantNow.class, CallsZonedNow.class,
                        CallsCurrentTimeMillis.class, CallsNanoTime.class, CallsSystemClock.class, CreatesADate.class),
                List.of(PureValue.class, LogIn.class, ParsesUris.class));
    }

    @Test
    void consoleRuleFailsOnPrintingOrExitingAnywhereButTheCliMain() {
        assertFailsNaming(ArchitectureRules.onlyTheCliMainPrintsToTheConsoleOrExits(FIXTURE),
                List.of(PrintingCommand.class, ExitingCommand.class, PrintsToStdout.class, ExitsTheJvm.class),
                List.of(Main.class, CompliantCommand.class, Wiring.class));
    }

    @Test
    void embeddingConsoleRuleFailsOnAnEntryPointThatPrintsOrExits() {
        assertFailsNaming(ArchitectureRules.theEmbeddingApiPrintsNothingAndNeverExits(FIXTURE),
                List.of(PrintsTheLoginUrl.class, ExitsWhenLoginFails.class),
                List.of(AssemblesAdapters.class, ParsesACommandLine.class, Main.class, PrintingCommand.class));
    }

    @Test
    void embeddingCliRuleFailsOnAnEntryPointThatUsesPicocliOrTheCli() {
        assertFailsNaming(ArchitectureRules.theEmbeddingApiDependsOnNeitherPicocliNorTheCli(FIXTURE),
                List.of(ParsesACommandLine.class, RendersWithTheCli.class),
                List.of(AssemblesAdapters.class, PrintsTheLoginUrl.class, Wiring.class));
    }

    @Test
    void stackTraceRuleFailsOutsideTheCliAndOnPrintStackTraceToStderr() {
        assertFailsNaming(ArchitectureRules.stackTracesArePrintedOnlyByTheCliAndNeverToStderr(FIXTURE),
                List.of(PrintsAStackTrace.class, PrintsAStackTraceToAWriter.class, StackTraceToStderrCommand.class),
                List.of(DebugStackTraceCommand.class, Main.class, CompliantCommand.class));
    }

    @Test
    void cycleRuleFailsOnTwoPackagesUsingEachOther() {
        assertFailsNaming(ArchitectureRules.packagesAreFreeOfCycles(FIXTURE),
                List.of(Ping.class, Pong.class),
                List.of(ParsesUris.class, CompliantPort.class));
    }

    @Test
    void adapterRuleFailsOnStoreToHttpAndHttpToCliButAllowsTheCliToWireThem() {
        assertFailsNaming(ArchitectureRules.adaptersOtherThanTheCliDependOnNoOtherAdapter(FIXTURE),
                List.of(TalksToHttp.class, TalksToTheCli.class),
                List.of(Wiring.class, CompliantCommand.class, StoreAdapter.class, HttpAdapter.class));
    }

    @Test
    void domainToApplicationRuleFailsOnADomainClassUsingAUseCase() {
        assertFailsNaming(ArchitectureRules.domainClassesDoNotDependOnTheApplication(FIXTURE),
                List.of(KnowsAUseCase.class),
                List.of(PureValue.class, UsesALibrary.class));
    }

    @Test
    void portRuleFailsOnAPortThatKnowsAUseCase() {
        assertFailsNaming(ArchitectureRules.portsDoNotDependOnUseCases(FIXTURE),
                List.of(PortKnowsAUseCase.class),
                List.of(CompliantPort.class));
    }

    @Test
    void everyRuleOfTheCatalogueFailsOnTheFixture() {
        for (ArchRule rule : ArchitectureRules.all(FIXTURE)) {
            assertThrows(AssertionError.class, () -> rule.check(FIXTURE_CLASSES), rule.getDescription());
        }
    }

    private static void assertFailsNaming(ArchRule rule, List<Class<?>> violators, List<Class<?>> compliant) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(FIXTURE_CLASSES));
        String message = failure.getMessage();
        Set<String> origins = violationOrigins(message);
        for (Class<?> violator : violators) {
            assertTrue(isOrigin(origins, violator), () -> "not named as a violator: " + violator.getName() + "\n" + message);
        }
        for (Class<?> innocent : compliant) {
            assertFalse(isOrigin(origins, innocent), () -> "wrongly named as a violator: " + innocent.getName() + "\n" + message);
        }
    }

    /**
     * The code units, fields and classes each violation line starts from, e.g. {@code x.Y.run()} of
     * {@code Method <x.Y.run()> calls method <...>}; a class named only as a target is no violator.
     */
    private static Set<String> violationOrigins(String message) {
        return message.lines()
                .map(VIOLATION_ORIGIN::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .collect(Collectors.toSet());
    }

    private static boolean isOrigin(Set<String> origins, Class<?> type) {
        String name = type.getName();
        return origins.stream().anyMatch(o -> o.equals(name) || o.startsWith(name + ".") || o.startsWith(name + "$"));
    }

    private static Path moduleDirectory() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    }

    private static long countSourceFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
