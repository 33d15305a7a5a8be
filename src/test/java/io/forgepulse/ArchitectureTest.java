package io.forgepulse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The package rules of DESIGN.md §2, each checked as its own test (plain JUnit, so every runner counts them). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.forgepulse");

    static final ArchRule domainUsesOnlyTheJdk = classes().that().resideInAPackage("io.forgepulse.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.forgepulse.domain..");

    static final ArchRule scoringIsPure = classes().that().resideInAPackage("io.forgepulse.scoring..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.forgepulse.domain..",
                    "io.forgepulse.scoring..");

    /** Guava's net package only: the Public Suffix List behind registrable domains. */
    static final ArchRule identityIsPure = classes().that().resideInAPackage("io.forgepulse.identity..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.forgepulse.domain..",
                    "io.forgepulse.identity..", "com.google.common.net..");

    /** Exactly the one package: not a subpackage either, so hub4j never spreads under a new name. */
    static final ArchRule githubApiOnlyInTheGithubConnector = noClasses().that()
            .resideOutsideOfPackage("io.forgepulse.forge.github")
            .should().dependOnClassesThat().resideInAPackage("org.kohsuke.github..");

    /** hub4j is how the connector talks, not what it offers: its types stay behind package-private classes. */
    static final ArchRule githubApiStaysBehindPackagePrivateClasses = noClasses().that()
            .resideInAPackage("io.forgepulse.forge.github").and().arePublic()
            .should().dependOnClassesThat().resideInAPackage("org.kohsuke.github..");

    static final ArchRule jdbiOnlyInTheStore = noClasses().that().resideOutsideOfPackage("io.forgepulse.store..")
            .should().dependOnClassesThat().resideInAPackage("org.jdbi..");

    static final ArchRule micrometerOnlyInMetrics = noClasses().that().resideOutsideOfPackage("io.forgepulse.metrics..")
            .should().dependOnClassesThat().resideInAPackage("io.micrometer..");

    static final ArchRule forgesStayBelowTheService = noClasses().that().resideInAPackage("io.forgepulse.forge..")
            .should().dependOnClassesThat().resideInAnyPackage("io.forgepulse.store..", "io.forgepulse.scoring..",
                    "io.forgepulse.pipeline..", "io.forgepulse.api..");

    static final ArchRule gitConnectorUsesNoFramework = classes().that().resideInAPackage("io.forgepulse.forge.git..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.forgepulse.domain..",
                    "io.forgepulse.forge..");

    static final ArchRule storeReadsOnlyTheDomain = noClasses().that().resideInAPackage("io.forgepulse.store..")
            .should().dependOnClassesThat().resideInAnyPackage("io.forgepulse.forge..", "io.forgepulse.scoring..",
                    "io.forgepulse.pipeline..", "io.forgepulse.api..", "io.forgepulse.metrics..",
                    "io.forgepulse.identity..");

    static final ArchRule metricsKnowOnlyTheDomain = noClasses().that().resideInAPackage("io.forgepulse.metrics..")
            .should().dependOnClassesThat().resideInAnyPackage("io.forgepulse.forge..", "io.forgepulse.store..",
                    "io.forgepulse.scoring..", "io.forgepulse.pipeline..", "io.forgepulse.api..");

    static final ArchRule apiDoesNotHarvestItself = noClasses().that().resideInAPackage("io.forgepulse.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.forgepulse.forge..", "io.forgepulse.metrics..");

    /**
     * The pages show what the API answers: they read through its resources and views (so the numbers and names are
     * the same), never a forge or the meters; the API never knows the pages.
     */
    static final ArchRule pagesReadWhatTheApiServes = noClasses().that().resideInAPackage("io.forgepulse.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.forgepulse.forge..", "io.forgepulse.metrics..",
                    "org.jdbi..");

    static final ArchRule apiDoesNotKnowThePages = noClasses().that().resideInAPackage("io.forgepulse.api..")
            .should().dependOnClassesThat().resideInAPackage("io.forgepulse.web..");

    /**
     * A read's cost must not grow with the stored history (DESIGN.md §3): the pages and the aggregate reads never
     * load it, and outside the pipeline (scoring) nothing loads a whole history; the API's people review reads the
     * identities only, for a maintainer.
     */
    static final ArchRule readsNeverLoadTheHistory = noClasses().that().resideInAPackage("io.forgepulse.web..")
            .or().haveFullyQualifiedName("io.forgepulse.pipeline.ActivityReads")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.forgepulse.pipeline.HistoryLoader");

    static final ArchRule onlyScoringLoadsAHistory = noClasses().that()
            .resideOutsideOfPackage("io.forgepulse.pipeline")
            .should().callMethod("io.forgepulse.pipeline.HistoryLoader", "history", "io.forgepulse.domain.ProjectId");

    /**
     * Rescoring after a harvest, on a new day and after a ruleset change reads the windows and aggregates
     * (docs/scoring.md §11.4), never the whole history: only the month-end backfill and the people review load it.
     */
    static final ArchRule rescoringReadsTheWindows = noClasses().that()
            .haveFullyQualifiedName("io.forgepulse.pipeline.ScoreStep")
            .or().haveFullyQualifiedName("io.forgepulse.pipeline.StartupRescoring")
            .or().haveFullyQualifiedName("io.forgepulse.pipeline.HarvestStep")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.forgepulse.pipeline.HistoryLoader");

    static final ArchRule noCycles = slices().matching("io.forgepulse.(*)..").should().beFreeOfCycles();

    @TestFactory
    List<DynamicTest> packageRules() {
        return List.of(
                DynamicTest.dynamicTest("domainUsesOnlyTheJdk", () -> domainUsesOnlyTheJdk.check(CLASSES)),
                DynamicTest.dynamicTest("scoringIsPure", () -> scoringIsPure.check(CLASSES)),
                DynamicTest.dynamicTest("identityIsPure", () -> identityIsPure.check(CLASSES)),
                DynamicTest.dynamicTest("githubApiOnlyInTheGithubConnector", () -> githubApiOnlyInTheGithubConnector.check(CLASSES)),
                DynamicTest.dynamicTest("githubApiStaysBehindPackagePrivateClasses",
                        () -> githubApiStaysBehindPackagePrivateClasses.check(CLASSES)),
                DynamicTest.dynamicTest("jdbiOnlyInTheStore", () -> jdbiOnlyInTheStore.check(CLASSES)),
                DynamicTest.dynamicTest("micrometerOnlyInMetrics", () -> micrometerOnlyInMetrics.check(CLASSES)),
                DynamicTest.dynamicTest("forgesStayBelowTheService", () -> forgesStayBelowTheService.check(CLASSES)),
                DynamicTest.dynamicTest("gitConnectorUsesNoFramework", () -> gitConnectorUsesNoFramework.check(CLASSES)),
                DynamicTest.dynamicTest("storeReadsOnlyTheDomain", () -> storeReadsOnlyTheDomain.check(CLASSES)),
                DynamicTest.dynamicTest("metricsKnowOnlyTheDomain", () -> metricsKnowOnlyTheDomain.check(CLASSES)),
                DynamicTest.dynamicTest("apiDoesNotHarvestItself", () -> apiDoesNotHarvestItself.check(CLASSES)),
                DynamicTest.dynamicTest("pagesReadWhatTheApiServes", () -> pagesReadWhatTheApiServes.check(CLASSES)),
                DynamicTest.dynamicTest("apiDoesNotKnowThePages", () -> apiDoesNotKnowThePages.check(CLASSES)),
                DynamicTest.dynamicTest("readsNeverLoadTheHistory", () -> readsNeverLoadTheHistory.check(CLASSES)),
                DynamicTest.dynamicTest("onlyScoringLoadsAHistory", () -> onlyScoringLoadsAHistory.check(CLASSES)),
                DynamicTest.dynamicTest("rescoringReadsTheWindows", () -> rescoringReadsTheWindows.check(CLASSES)),
                DynamicTest.dynamicTest("noCycles", () -> noCycles.check(CLASSES)));
    }
}
