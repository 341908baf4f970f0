package org.careerownership.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The architecture of the design: a pure core, no package cycles, internals kept inside their module. */
final class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      // In a reactor build co-core's test classes come as its tests jar: main code only.
      .withImportOption(location -> !location.contains("-tests.jar"))
      .importPackages("org.careerownership.core", "org.careerownership.catalog");

  @Test
  void theCoreReadsNoFilesNetworkOrJsonAndDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("org.careerownership.core..")
        .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "tools.jackson..",
            "com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..", "org.careerownership.catalog..",
            "org.careerownership.analytics..", "org.careerownership.spark..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
        .because("co-core is pure: no I/O, no clock, no other module (DESIGN.md)")
        .check(CLASSES);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.careerownership.(core|catalog).(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void internalPackagesStayInsideTheirModule() {
    noClasses().that().resideOutsideOfPackage("org.careerownership.core..")
        .should().dependOnClassesThat().resideInAPackage("org.careerownership.core.internal..")
        .check(CLASSES);
  }
}
