package org.accord;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Package by feature, held by a test: a feature's process, persistence and web parts are its own,
 * features meet only through their top-level types, and shared/ depends on no feature.
 */
class ArchitectureTest {

  private static final JavaClasses ACCORD =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.accord");

  @Test
  void internalsOfAFeatureAreUsedOnlyByThatFeature() {
    for (String feature :
        new String[] {
          "partner",
          "agreement",
          "results",
          "currency",
          "duediligence",
          "reporting",
          "amendment",
          "document",
          "donor",
          "iati",
          "metrics"
        }) {
      noClasses()
          .that()
          .resideOutsideOfPackage("org.accord." + feature + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.accord." + feature + ".process..",
              "org.accord." + feature + ".persistence..",
              "org.accord." + feature + ".web..")
          .allowEmptyShould(true)
          .check(ACCORD);
    }
  }

  @Test
  void sharedDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("org.accord.shared..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.accord.partner..",
            "org.accord.agreement..",
            "org.accord.results..",
            "org.accord.currency..",
            "org.accord.duediligence..",
            "org.accord.reporting..",
            "org.accord.amendment..",
            "org.accord.document..",
            "org.accord.donor..",
            "org.accord.iati..",
            "org.accord.metrics..",
            "org.accord.identity..",
            "org.accord.security..")
        .check(ACCORD);
  }
}
