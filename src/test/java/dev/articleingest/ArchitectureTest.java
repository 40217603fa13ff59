package dev.articleingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules the README's package table describes, checked on the compiled main classes. */
class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.articleingest");

  @Test
  void packagesHaveNoCycles() {
    slices().matching("dev.articleingest.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void formatParsersDoNotImportTheEntryThatChoosesThem() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.articleingest.parse.(*)..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.articleingest.parse")
        .check(MAIN);
  }

  @Test
  void parsingCoreImportsNoAwsAndNoStorage() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.articleingest.parse..",
            "dev.articleingest.normalize..",
            "dev.articleingest.language..",
            "dev.articleingest.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "software.amazon..",
            "com.amazonaws..",
            "dev.articleingest.ingest..",
            "dev.articleingest.store..",
            "dev.articleingest.source..",
            "dev.articleingest.handler..",
            "dev.articleingest.config..",
            "dev.articleingest.cli..")
        .check(MAIN);
  }

  @Test
  void modelDependsOnNothingOfOurs() {
    noClasses()
        .that()
        .resideInAPackage("dev.articleingest.model..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("dev.articleingest.model..", "java..")
        .check(MAIN);
  }

  @Test
  void adaptersDoNotCallBackIntoThePipeline() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.articleingest.store..", "dev.articleingest.source..")
        .should()
        .dependOnClassesThat()
        .haveSimpleName("IngestPipeline")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("dev.articleingest.parse..")
        .check(MAIN);
  }

  @Test
  void onlyConfigReadsTheEnvironment() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.articleingest.config..", "dev.articleingest.cli..")
        .should()
        .callMethod(System.class, "getenv")
        .orShould()
        .callMethod(System.class, "getenv", String.class)
        .check(MAIN);
  }
}
