package io.mlworkbench.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The server runs headless: no JavaFX, and it never reaches up into the desktop application. */
@AnalyzeClasses(packages = "io.mlworkbench.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule serverImportsNoJavaFx = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..", "org.knowm.xchart..")
            .because("the prediction server also runs standalone on machines without a display");

    @ArchTest
    static final ArchRule serverDoesNotDependOnApp = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.mlworkbench.app..")
            .because("dependencies point one way: app -> embedded-server -> engine");

    @ArchTest
    static final ArchRule serverWritesNoStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("the server logs through SLF4J; only the command line's output class prints");
}
