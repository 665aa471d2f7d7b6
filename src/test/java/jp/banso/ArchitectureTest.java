package jp.banso;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package picture (README, 開発者向け): domain → store → (board, roadmap, cases, report, bundle) → app / cli, with
 * ui as the screens' toolkit. No arrow goes back up: the domain knows nothing of storage or screens, the store nothing
 * of screens, and only jp.banso.app wires everything. Rules keep ArchUnit's default failOnEmptyShould=true, so a rule
 * over a package with no classes fails.
 */
@AnalyzeClasses(packages = "jp.banso", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDoesNotDependOnJavaFx = noClasses()
            .that().resideInAPackage("jp.banso.domain..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");




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


    /** No package (and no pair of them) needs another that needs it back. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("jp.banso.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("domain").definedBy("jp.banso.domain..")
            .layer("store").definedBy("jp.banso.store..")
            .layer("ui toolkit").definedBy("jp.banso.ui..")
            .layer("features").definedBy("jp.banso.board..", "jp.banso.roadmap..", "jp.banso.cases..", "jp.banso.report..",
                    "jp.banso.bundle..", "jp.banso.sync..")
            .layer("entry points").definedBy("jp.banso.app..", "jp.banso.cli..")
            .whereLayer("entry points").mayNotBeAccessedByAnyLayer()
            .whereLayer("features").mayOnlyBeAccessedByLayers("entry points")
            .whereLayer("ui toolkit").mayOnlyBeAccessedByLayers("features", "entry points")
            .whereLayer("store").mayOnlyBeAccessedByLayers("ui toolkit", "features", "entry points");

    /**
     * Models hold a screen's state and talk to the store; views draw them. A model has no control, scene or window, so
     * it can be tested without a screen (observable properties and collections from javafx.beans are fine).
     */
    @ArchTest
    static final ArchRule modelsHaveNoScreens = noClasses()
            .that().haveSimpleNameEndingWith("Model")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.embed..");

    /** Case files and hand-outs work without a screen (the command line uses them); domain and store, above, know no JavaFX at all. */
    @ArchTest
    static final ArchRule dataPackagesHaveNoScreens = noClasses()
            .that().resideInAnyPackage("jp.banso.report..", "jp.banso.bundle")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.embed..");

    /** SQL stays in the store: it is the one place that knows tables, transactions and H2. */
    @ArchTest
    static final ArchRule onlyTheStoreTouchesTheDatabase = noClasses()
            .that().resideOutsideOfPackage("jp.banso.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.h2..", "org.flywaydb..");

    /** The command line opens no window: it never reaches the app, a page or a screen toolkit. */
    @ArchTest
    static final ArchRule commandLineStartsNoScreens = noClasses()
            .that().resideInAPackage("jp.banso.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.banso.app..", "jp.banso.cases..", "jp.banso.ui..",
                    "jp.banso.bundle.ui..", "javafx.scene..", "javafx.stage..", "javafx.application..");
}
