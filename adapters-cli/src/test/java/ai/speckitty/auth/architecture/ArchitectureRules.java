package ai.speckitty.auth.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;

/**
 * The architecture rules JPMS cannot enforce, each a factory over the root package so the same
 * rule is checked against the product ({@code ai.speckitty.auth}) and against violating fixtures.
 */
final class ArchitectureRules {

    /** The root package of the product; module name = root package of each module below it. */
    static final String PRODUCT = "ai.speckitty.auth";

    /** java.io types that reach files, descriptors or the console rather than memory. */
    private static final Set<String> IO_TYPES_OF_JAVA_IO = Set.of(
            "java.io.File",
            "java.io.FileDescriptor",
            "java.io.FileInputStream",
            "java.io.FileOutputStream",
            "java.io.FileReader",
            "java.io.FileWriter",
            "java.io.RandomAccessFile",
            "java.io.PrintStream",
            "java.io.Console");

    /** The only java.net types the inner layers may use: they parse text and touch nothing. */
    private static final Set<String> PURE_TYPES_OF_JAVA_NET = Set.of("java.net.URI", "java.net.URISyntaxException");

    private ArchitectureRules() {}

    static ArchRule domainClassesDependOnlyOnTheJdkAndTheDomain(String root) {
        return classes().that().resideInAPackage(domain(root))
                .should().onlyDependOnClassesThat().resideInAnyPackage(domain(root), "java..")
                .because("the domain is pure Java (design card): no javax, no library, no use case "
                        + "or adapter, so the session rules can be read and tested on their own");
    }

    static ArchRule applicationClassesDependOnlyOnTheJdkTheDomainAndTheApplication(String root) {
        return classes().that().resideInAPackage(application(root))
                .should().onlyDependOnClassesThat().resideInAnyPackage(application(root), domain(root), "java..")
                .because("use cases depend only on ports and the domain (design card); "
                        + "adapters plug in from the outside through the ports");
    }

    static ArchRule domainAndApplicationClassesDoNoIo(String root) {
        return noClasses().that().resideInAnyPackage(domain(root), application(root))
                .should().dependOnClassesThat(ioTypes())
                .orShould().accessTargetWhere(ioCalls())
                .because("files, sockets, processes and the environment are reached through ports, "
                        + "so use cases run unchanged against hand-written fakes (design card)");
    }

    static ArchRule domainAndApplicationClassesReadNoWallClock(String root) {
        return noClasses().that().resideInAnyPackage(domain(root), application(root))
                .should().accessTargetWhere(wallClockReads())
                .because("time is a parameter in the domain and an injected java.time.Clock in use cases "
                        + "(clock.instant() is fine), so expiry boundaries can be tested exactly (SPEC §4.2)");
    }

    static ArchRule onlyTheCliMainPrintsToTheConsoleOrExits(String root) {
        return noClasses().that().doNotHaveFullyQualifiedName(cli(root) + ".Main")
                .should().accessTargetWhere(consoleOrExit())
                .because("the CLI's Main is the composition root: it alone owns stdout, stderr and the exit "
                        + "code; commands get PrintWriters and return exit codes, so they can be run in tests");
    }

    static ArchRule stackTracesArePrintedOnlyByTheCliAndNeverToStderr(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().accessTargetWhere(stackTracePrintingOutsideTheCliOrToStderr(root))
                .because("exception text may carry a token (SPEC §6): below the CLI errors are returned as values "
                        + "naming a status or an error type, and printStackTrace() would bypass the CLI's err writer");
    }

    static ArchRule theEmbeddingApiPrintsNothingAndNeverExits(String root) {
        return noClasses().that().resideInAPackage(embedding(root))
                .should().accessTargetWhere(consoleOrExit())
                .because("the entry point runs inside someone else's process (an IDE, a daemon): it returns "
                        + "values and events, and the front end alone decides what to show and when to stop");
    }

    static ArchRule theEmbeddingApiDependsOnNeitherPicocliNorTheCli(String root) {
        return noClasses().that().resideInAPackage(embedding(root))
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", cli(root) + "..")
                .because("the CLI is one client of the entry point, not its base: a front end gets the same "
                        + "wiring without a command line, and the arrow points from the CLI to the entry point");
    }

    static ArchRule packagesAreFreeOfCycles(String root) {
        return slices().matching(root + ".(**)")
                .should().beFreeOfCycles()
                .because("a package cycle ties its packages into one unit that can only be understood, "
                        + "tested and changed together");
    }

    static ArchRule adaptersOtherThanTheCliDependOnNoOtherAdapter(String root) {
        return slices().matching(root + ".adapters.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(describe("classes of the CLI composition root",
                        (JavaClass c) -> c.getPackageName().startsWith(cli(root))), alwaysTrue())
                .because("adapters meet only through the application's ports; "
                        + "only the CLI composition root wires adapters together");
    }

    static ArchRule domainClassesDoNotDependOnTheApplication(String root) {
        return noClasses().that().resideInAPackage(domain(root))
                .should().dependOnClassesThat().resideInAPackage(application(root))
                .because("dependencies point inwards: use cases use the domain, never the reverse");
    }

    static ArchRule portsDoNotDependOnUseCases(String root) {
        return noClasses().that().resideInAPackage(root + ".application.port..")
                .should().dependOnClassesThat(describe("reside in a use case package of the application",
                        (JavaClass c) -> c.getPackageName().startsWith(root + ".application.")
                                && !c.getPackageName().startsWith(root + ".application.port")))
                .because("ports are the contract adapters implement; "
                        + "they must not drag use cases (or their packages) into the adapters");
    }

    /** Every rule for one root, for tests that check them all. */
    static List<ArchRule> all(String root) {
        return List.of(
                domainClassesDependOnlyOnTheJdkAndTheDomain(root),
                applicationClassesDependOnlyOnTheJdkTheDomainAndTheApplication(root),
                domainAndApplicationClassesDoNoIo(root),
                domainAndApplicationClassesReadNoWallClock(root),
                onlyTheCliMainPrintsToTheConsoleOrExits(root),
                theEmbeddingApiPrintsNothingAndNeverExits(root),
                theEmbeddingApiDependsOnNeitherPicocliNorTheCli(root),
                stackTracesArePrintedOnlyByTheCliAndNeverToStderr(root),
                packagesAreFreeOfCycles(root),
                adaptersOtherThanTheCliDependOnNoOtherAdapter(root),
                domainClassesDoNotDependOnTheApplication(root),
                portsDoNotDependOnUseCases(root));
    }

    private static String domain(String root) {
        return root + ".domain..";
    }

    private static String application(String root) {
        return root + ".application..";
    }

    private static String embedding(String root) {
        return root + ".embedding..";
    }

    private static String cli(String root) {
        return root + ".adapters.cli";
    }

    private static DescribedPredicate<JavaClass> ioTypes() {
        return describe("reach files, sockets, channels, processes or the console "
                + "(java.io file/console streams, java.nio.file, java.nio.channels, java.net except URI, "
                + "ProcessBuilder, Process, ProcessHandle, Runtime)",
                (JavaClass c) -> {
                    String name = c.getBaseComponentType().getName();
                    String pkg = c.getBaseComponentType().getPackageName();
                    return IO_TYPES_OF_JAVA_IO.contains(outermost(name))
                            || pkg.equals("java.nio.file") || pkg.startsWith("java.nio.file.")
                            || pkg.equals("java.nio.channels") || pkg.startsWith("java.nio.channels.")
                            || (pkg.equals("java.net") || pkg.startsWith("java.net.")) && !PURE_TYPES_OF_JAVA_NET.contains(name)
                            || Set.of("java.lang.ProcessBuilder", "java.lang.Process", "java.lang.ProcessHandle",
                                    "java.lang.Runtime").contains(outermost(name));
                });
    }

    private static DescribedPredicate<JavaAccess<?>> ioCalls() {
        return describe("read System.in, the environment or system properties",
                (JavaAccess<?> access) -> {
                    AccessTarget target = access.getTarget();
                    if (!target.getOwner().isEquivalentTo(System.class)) {
                        return false;
                    }
                    return Set.of("in", "getenv", "getProperty", "getProperties", "console", "inheritedChannel")
                            .contains(target.getName());
                });
    }

    private static DescribedPredicate<JavaAccess<?>> wallClockReads() {
        return describe("read the wall clock (Instant/LocalDate/...now() or now(ZoneId), "
                + "System.currentTimeMillis(), System.nanoTime(), Clock.system*(), InstantSource.system(), new Date())",
                (JavaAccess<?> access) -> {
                    AccessTarget target = access.getTarget();
                    String owner = target.getOwner().getName();
                    String name = target.getName();
                    if (target.getOwner().getPackageName().equals("java.time") && name.equals("now")) {
                        return !takesOnlyAClock(target); // now(Clock) reads the clock it is given
                    }
                    if (owner.equals("java.lang.System")) {
                        return name.equals("currentTimeMillis") || name.equals("nanoTime");
                    }
                    if (owner.equals("java.time.Clock") || owner.equals("java.time.InstantSource")) {
                        return name.startsWith("system");
                    }
                    return owner.equals("java.util.Date") && name.equals("<init>")
                            && target instanceof AccessTarget.CodeUnitAccessTarget unit
                            && unit.getRawParameterTypes().isEmpty();
                });
    }

    private static boolean takesOnlyAClock(AccessTarget target) {
        return target instanceof AccessTarget.CodeUnitAccessTarget unit
                && unit.getRawParameterTypes().size() == 1
                && unit.getRawParameterTypes().get(0).isEquivalentTo(java.time.Clock.class);
    }

    private static DescribedPredicate<JavaAccess<?>> consoleOrExit() {
        return describe("touch System.out or System.err, or exit the JVM (System.exit, Runtime.exit, Runtime.halt)",
                (JavaAccess<?> access) -> {
                    AccessTarget target = access.getTarget();
                    String owner = target.getOwner().getName();
                    String name = target.getName();
                    return owner.equals("java.lang.System") && Set.of("out", "err", "exit").contains(name)
                            || owner.equals("java.lang.Runtime") && Set.of("exit", "halt").contains(name);
                });
    }

    private static DescribedPredicate<JavaAccess<?>> stackTracePrintingOutsideTheCliOrToStderr(String root) {
        return describe("print a stack trace outside the CLI, or to stderr anywhere (Throwable.printStackTrace())",
                (JavaAccess<?> access) -> {
                    AccessTarget target = access.getTarget();
                    if (!target.getName().equals("printStackTrace") || !target.getOwner().isAssignableTo(Throwable.class)) {
                        return false;
                    }
                    boolean toStderr = target instanceof AccessTarget.CodeUnitAccessTarget unit
                            && unit.getRawParameterTypes().isEmpty();
                    return toStderr || !access.getOriginOwner().getPackageName().startsWith(cli(root));
                });
    }

    /** The top-level class name of a possibly nested class name. */
    private static String outermost(String className) {
        int dollar = className.indexOf('$');
        return dollar < 0 ? className : className.substring(0, dollar);
    }
}
