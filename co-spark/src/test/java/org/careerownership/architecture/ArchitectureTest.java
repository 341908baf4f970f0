package org.careerownership.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * The architecture of DESIGN.md over every library module (checked here, where all of them are on the
 * class path): a pure core, modules layered core ← catalog, analytics ← spark, no package cycles,
 * internals kept inside their module, and public API types immutable unless they are builders or
 * accumulators.
 */
final class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      // In a reactor build the modules' test classes come as tests jars: main code only.
      .withImportOption(location -> !location.contains("-tests.jar"))
      .importPackages("org.careerownership.core", "org.careerownership.catalog", "org.careerownership.analytics",
          "org.careerownership.spark");

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
  void catalogAndAnalyticsAreIndependentAndOnlySparkSeesSpark() {
    noClasses().that().resideInAPackage("org.careerownership.catalog..")
        .should().dependOnClassesThat().resideInAnyPackage("org.careerownership.analytics..",
            "org.careerownership.spark..", "org.apache.spark..", "scala..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("org.careerownership.analytics..")
        .should().dependOnClassesThat().resideInAnyPackage("org.careerownership.catalog..",
            "org.careerownership.spark..", "org.apache.spark..", "scala..")
        .check(CLASSES);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.careerownership.(*).(*)..").should().beFreeOfCycles().check(CLASSES);
    slices().matching("org.careerownership.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void internalPackagesStayInsideTheirModule() {
    for (String module : new String[] {"core", "catalog", "analytics"}) {
      String root = "org.careerownership." + module;
      noClasses().that().resideOutsideOfPackage(root + "..")
          .should().dependOnClassesThat().resideInAPackage(root + ".internal..")
          .check(CLASSES);
    }
  }

  @Test
  void publicApiTypesAreImmutableUnlessBuildersOrAccumulators() {
    classes().that().arePublic().and().resideOutsideOfPackage("..internal..")
        .and().resideOutsideOfPackage("org.careerownership.spark..")
        .should(new ArchCondition<JavaClass>("be immutable (no non-final instance field), or be a builder or"
            + " accumulator") {
          @Override
          public void check(JavaClass type, ConditionEvents events) {
            if (type.getSimpleName().endsWith("Builder") || type.getSimpleName().endsWith("Accumulator")) {
              return;
            }
            for (JavaField field : type.getFields()) {
              if (!field.getModifiers().contains(JavaModifier.STATIC)
                  && !field.getModifiers().contains(JavaModifier.FINAL)) {
                events.add(SimpleConditionEvent.violated(type, type.getName() + " has the mutable field "
                    + field.getName() + "; make it final, or name the type a Builder or Accumulator"));
              }
            }
          }
        })
        .check(CLASSES);
  }
}
