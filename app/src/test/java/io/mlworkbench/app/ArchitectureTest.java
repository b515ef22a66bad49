package io.mlworkbench.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import io.mlworkbench.app.cli.CliOutput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The app's layering: views bind, view models hold logic without JavaFX scene classes, one class prints. */
class ArchitectureTest {

    private static JavaClasses app;

    @BeforeAll
    static void importClasses() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.mlworkbench.app");
    }

    @Test
    void viewsDoNotCallEngineServicesRepositoriesOrTheStore() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .andShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .andShould().dependOnClassesThat().resideInAPackage("io.mlworkbench.engine.store..")
                .because("views load FXML, bind and forward events; engine calls belong in view models");
        rule.check(app);
    }

    @Test
    void viewModelsDoNotUseJavaFxSceneClasses() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("view models are tested without a window");
        rule.check(app);
    }

    @Test
    void onlyTheCliOutputWritesToStandardStreams() {
        ArchRule rule = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
        noClasses().that().doNotHaveFullyQualifiedName(CliOutput.class.getName())
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("all command-line output goes through CliOutput; the app logs through SLF4J")
                .check(app);
        assertRuleStillCatchesCliOutput(rule);
    }

    private static void assertRuleStillCatchesCliOutput(ArchRule rule) {
        org.assertj.core.api.Assertions.assertThat(rule.evaluate(app).hasViolation())
                .as("the standard-stream rule must see CliOutput's System.out, or it checks nothing").isTrue();
    }

    @Test
    void viewModelsLiveNextToTheirViews() {
        classes().that().haveSimpleNameEndingWith("ViewModel")
                .should().resideInAPackage("io.mlworkbench.app.(*)..")
                .check(app);
    }

    @Test
    void nothingDependsOnTheLauncher() {
        noClasses().that().doNotHaveFullyQualifiedName(Main.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName(Main.class.getName())
                .check(app);
    }
}
