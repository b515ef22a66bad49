package io.mlworkbench.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine stays free of user-interface and HTTP code, so the GUI, the CLI and the server can all use it. */
@AnalyzeClasses(packages = "io.mlworkbench.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineImportsNoJavaFx = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..", "org.knowm.xchart..")
            .because("the engine runs headless in the CLI, the server and CI pipelines");

    @ArchTest
    static final ArchRule engineImportsNoJavalin = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
            .because("HTTP belongs to embedded-server, which depends on the engine and not the other way round");

    @ArchTest
    static final ArchRule engineDoesNotDependOnOuterModules = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.mlworkbench.server..", "io.mlworkbench.app..")
            .because("dependencies point one way: app -> embedded-server -> engine");

    @ArchTest
    static final ArchRule engineWritesNoStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("only the command line's output class prints; the engine reports through return values,"
                    + " exceptions, progress listeners and the log");
}
