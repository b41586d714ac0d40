package ai.speckitty.auth.architecture;

import static ai.speckitty.auth.architecture.ArchitectureRules.PRODUCT;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules, checked by the ArchUnit engine against every product module's compiled
 * main classes; {@link ProductImportTest} proves that import is not empty, and
 * {@link ArchitectureRulesCatchViolationsTest} proves each rule fails on code that breaks it.
 */
@AnalyzeClasses(locations = ProductClassDirectories.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ProductArchitectureTest {

    @ArchTest
    static final ArchRule domain_classes_depend_only_on_the_jdk_and_the_domain =
            ArchitectureRules.domainClassesDependOnlyOnTheJdkAndTheDomain(PRODUCT);

    @ArchTest
    static final ArchRule application_classes_depend_only_on_the_jdk_the_domain_and_the_application =
            ArchitectureRules.applicationClassesDependOnlyOnTheJdkTheDomainAndTheApplication(PRODUCT);

    @ArchTest
    static final ArchRule domain_and_application_classes_do_no_io =
            ArchitectureRules.domainAndApplicationClassesDoNoIo(PRODUCT);

    @ArchTest
    static final ArchRule domain_and_application_classes_read_no_wall_clock =
            ArchitectureRules.domainAndApplicationClassesReadNoWallClock(PRODUCT);

    @ArchTest
    static final ArchRule only_the_cli_main_prints_to_the_console_or_exits =
            ArchitectureRules.onlyTheCliMainPrintsToTheConsoleOrExits(PRODUCT);

    @ArchTest
    static final ArchRule the_embedding_api_prints_nothing_and_never_exits =
            ArchitectureRules.theEmbeddingApiPrintsNothingAndNeverExits(PRODUCT);

    @ArchTest
    static final ArchRule the_embedding_api_depends_on_neither_picocli_nor_the_cli =
            ArchitectureRules.theEmbeddingApiDependsOnNeitherPicocliNorTheCli(PRODUCT);

    @ArchTest
    static final ArchRule stack_traces_are_printed_only_by_the_cli_and_never_to_stderr =
            ArchitectureRules.stackTracesArePrintedOnlyByTheCliAndNeverToStderr(PRODUCT);

    @ArchTest
    static final ArchRule packages_are_free_of_cycles =
            ArchitectureRules.packagesAreFreeOfCycles(PRODUCT);

    @ArchTest
    static final ArchRule adapters_other_than_the_cli_depend_on_no_other_adapter =
            ArchitectureRules.adaptersOtherThanTheCliDependOnNoOtherAdapter(PRODUCT);

    @ArchTest
    static final ArchRule domain_classes_do_not_depend_on_the_application =
            ArchitectureRules.domainClassesDoNotDependOnTheApplication(PRODUCT);

    @ArchTest
    static final ArchRule ports_do_not_depend_on_use_cases =
            ArchitectureRules.portsDoNotDependOnUseCases(PRODUCT);
}
