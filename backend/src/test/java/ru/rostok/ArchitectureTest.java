package ru.rostok;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Features depend on each other only downward: no cycles between them, HTTP stays in {@code rest}, and the shared
 * packages know no feature.
 */
@AnalyzeClasses(packages = "ru.rostok", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** Every top-level package but the two shared ones. */
    static final String[] FEATURES = {
        "ru.rostok.account..", "ru.rostok.analysis..", "ru.rostok.audit..", "ru.rostok.body..", "ru.rostok.control..", "ru.rostok.cycle..", "ru.rostok.demo..", "ru.rostok.documents..", "ru.rostok.dossier..",
        "ru.rostok.effect..", "ru.rostok.event..", "ru.rostok.evidence..", "ru.rostok.lists..", "ru.rostok.me..", "ru.rostok.monitoring..",
        "ru.rostok.partnership..", "ru.rostok.recommendation..", "ru.rostok.reminder..", "ru.rostok.risk..",
        "ru.rostok.roadmap..", "ru.rostok.school..", "ru.rostok.staff..", "ru.rostok.deficit..", "ru.rostok.training..", "ru.rostok.route..",
        "ru.rostok.territory..", "ru.rostok.trends.."
    };

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("ru.rostok.(*)..")
            .as("feature packages")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyRestDependsOnRest = noClasses().that().resideOutsideOfPackage("..rest..")
            .should().dependOnClassesThat().resideInAPackage("..rest..")
            .as("no class outside a rest package depends on a rest package (services do not speak HTTP)");

    @ArchTest
    static final ArchRule securityKnowsNoFeature = noClasses().that().resideInAPackage("ru.rostok.security..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule commonKnowsNoFeature = noClasses().that().resideInAPackage("ru.rostok.common..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);
}
