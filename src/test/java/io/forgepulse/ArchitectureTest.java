package io.forgepulse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of DESIGN.md §2. */
@AnalyzeClasses(packages = "io.forgepulse", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdk = classes().that().resideInAPackage("io.forgepulse.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.forgepulse.domain..");

    @ArchTest
    static final ArchRule scoringIsPure = classes().that().resideInAPackage("io.forgepulse.scoring..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.forgepulse.domain..",
                    "io.forgepulse.scoring..");

    @ArchTest
    static final ArchRule identityIsPure = classes().that().resideInAPackage("io.forgepulse.identity..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.forgepulse.domain..",
                    "io.forgepulse.identity..");

    @ArchTest
    static final ArchRule githubApiOnlyInTheGithubConnector = noClasses().that()
            .resideOutsideOfPackage("io.forgepulse.forge.github..")
            .should().dependOnClassesThat().resideInAPackage("org.kohsuke.github..");

    @ArchTest
    static final ArchRule jdbiOnlyInTheStore = noClasses().that().resideOutsideOfPackage("io.forgepulse.store..")
            .should().dependOnClassesThat().resideInAPackage("org.jdbi..");

    @ArchTest
    static final ArchRule micrometerOnlyInMetrics = noClasses().that().resideOutsideOfPackage("io.forgepulse.metrics..")
            .should().dependOnClassesThat().resideInAPackage("io.micrometer..");

    @ArchTest
    static final ArchRule forgesStayBelowTheService = noClasses().that().resideInAPackage("io.forgepulse.forge..")
            .should().dependOnClassesThat().resideInAnyPackage("io.forgepulse.store..", "io.forgepulse.scoring..",
                    "io.forgepulse.pipeline..", "io.forgepulse.api..");

    @ArchTest
    static final ArchRule gitConnectorUsesNoFramework = classes().that().resideInAPackage("io.forgepulse.forge.git..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.forgepulse.domain..",
                    "io.forgepulse.forge..");

    @ArchTest
    static final ArchRule storeReadsOnlyTheDomain = noClasses().that().resideInAPackage("io.forgepulse.store..")
            .should().dependOnClassesThat().resideInAnyPackage("io.forgepulse.forge..", "io.forgepulse.scoring..",
                    "io.forgepulse.pipeline..", "io.forgepulse.api..", "io.forgepulse.metrics..",
                    "io.forgepulse.identity..");

    @ArchTest
    static final ArchRule metricsKnowOnlyTheDomain = noClasses().that().resideInAPackage("io.forgepulse.metrics..")
            .should().dependOnClassesThat().resideInAnyPackage("io.forgepulse.forge..", "io.forgepulse.store..",
                    "io.forgepulse.scoring..", "io.forgepulse.pipeline..", "io.forgepulse.api..");

    @ArchTest
    static final ArchRule apiDoesNotHarvestItself = noClasses().that().resideInAPackage("io.forgepulse.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.forgepulse.forge..", "io.forgepulse.metrics..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("io.forgepulse.(*)..").should().beFreeOfCycles();
}
