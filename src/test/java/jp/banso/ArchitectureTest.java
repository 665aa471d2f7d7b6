package jp.banso;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Layers: the domain knows nothing of storage or screens; the store knows nothing of screens;
 * only jp.banso.app wires everything, so nothing else may reach into it.
 * Rules keep ArchUnit's default failOnEmptyShould=true, so a rule over a package with no classes fails.
 */
@AnalyzeClasses(packages = "jp.banso", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDoesNotDependOnJavaFx = noClasses()
            .that().resideInAPackage("jp.banso.domain..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule domainDoesNotDependOnTheStore = noClasses()
            .that().resideInAPackage("jp.banso.domain..")
            .should().dependOnClassesThat().resideInAPackage("jp.banso.store..");

    @ArchTest
    static final ArchRule domainDoesNotDependOnJdbi = noClasses()
            .that().resideInAPackage("jp.banso.domain..")
            .should().dependOnClassesThat().resideInAPackage("org.jdbi..");

    @ArchTest
    static final ArchRule domainDoesNotDependOnJdbc = noClasses()
            .that().resideInAPackage("jp.banso.domain..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule storeDoesNotDependOnJavaFx = noClasses()
            .that().resideInAPackage("jp.banso.store..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule onlyTheAppDependsOnTheApp = noClasses()
            .that().resideInAPackage("jp.banso..")
            .and().resideOutsideOfPackage("jp.banso.app..")
            .should().dependOnClassesThat().resideInAPackage("jp.banso.app..");

    /** Hand-outs are made the same way from the dialog and the command line: the report code knows no screen. */
    @ArchTest
    static final ArchRule reportsDoNotDependOnScreens = noClasses()
            .that().resideInAPackage("jp.banso.report..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.banso.cases..", "jp.banso.ui..", "jp.banso.cli..");

    /** Case bundles are read, checked and merged the same way from the menu and the command line: no screens there. */
    @ArchTest
    static final ArchRule bundlesDoNotDependOnScreens = noClasses()
            .that().resideInAPackage("jp.banso.bundle")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "jp.banso.ui..", "jp.banso.cases..", "jp.banso.cli..",
                    "jp.banso.bundle.ui..", "jp.banso.roadmap..");

    @ArchTest
    static final ArchRule commandLineHasNoScreens = noClasses()
            .that().resideInAPackage("jp.banso.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.banso.cases..", "jp.banso.ui..", "javafx.scene..");
}
