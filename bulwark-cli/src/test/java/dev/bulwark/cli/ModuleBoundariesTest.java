package dev.bulwark.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md's module table, enforced on the assembled class path. */
class ModuleBoundariesTest {
  private static final JavaClasses BULWARK =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.bulwark");

  @Test
  void apiDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("dev.bulwark.api..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.bulwark.loader..", "dev.bulwark.engine..", "dev.bulwark.checks..",
            "dev.bulwark.analysis..", "dev.bulwark.report..", "dev.bulwark.cli..", "dev.bulwark.testing..",
            "dev.bulwark.cis..")
        .check(BULWARK);
  }

  @Test
  void siblingsNeverImportEachOther() {
    noClasses().that().resideInAPackage("dev.bulwark.checks..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.bulwark.report..", "dev.bulwark.analysis..", "dev.bulwark.loader..", "dev.bulwark.engine..",
            "dev.bulwark.cli..", "dev.bulwark.cis..")
        .check(BULWARK);
    noClasses().that().resideInAPackage("dev.bulwark.report..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.bulwark.checks..", "dev.bulwark.analysis..", "dev.bulwark.loader..", "dev.bulwark.engine..",
            "dev.bulwark.cli..")
        .check(BULWARK);
    // Analyses depend on the API only: models and their checks, no loading, running or printing.
    noClasses().that().resideInAPackage("dev.bulwark.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.bulwark.checks..", "dev.bulwark.report..", "dev.bulwark.loader..", "dev.bulwark.engine..",
            "dev.bulwark.cli..", "dev.bulwark.testing..", "dev.bulwark.cis..")
        .check(BULWARK);
  }

  @Test
  void networkPolicyAnalysisDependsOnTheApiOnly() {
    // bulwark-netpol (dev.bulwark.analysis.netpol) is a module of its own, beside bulwark-analysis.
    noClasses().that().resideInAPackage("dev.bulwark.analysis.netpol..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.bulwark.loader..", "dev.bulwark.engine..", "dev.bulwark.checks..", "dev.bulwark.report..",
            "dev.bulwark.cli..", "dev.bulwark.testing..", "dev.bulwark.cis..", "dev.bulwark.analysis.rbac..")
        .check(BULWARK);
    noClasses().that().resideInAnyPackage("dev.bulwark.checks..", "dev.bulwark.report..", "dev.bulwark.cis..",
            "dev.bulwark.analysis.rbac..")
        .should().dependOnClassesThat().resideInAPackage("dev.bulwark.analysis.netpol..")
        .check(BULWARK);
  }

  @Test
  void loaderAndEngineStayIndependent() {
    noClasses().that().resideInAPackage("dev.bulwark.loader..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.bulwark.engine..", "dev.bulwark.checks..", "dev.bulwark.analysis..", "dev.bulwark.report..",
            "dev.bulwark.cli..")
        .check(BULWARK);
    noClasses().that().resideInAPackage("dev.bulwark.engine..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.bulwark.loader..", "dev.bulwark.checks..", "dev.bulwark.analysis..", "dev.bulwark.report..",
            "dev.bulwark.cli..")
        .check(BULWARK);
  }

  @Test
  void clusterReaderSeesOnlyApiAndLoader() {
    noClasses().that().resideInAPackage("dev.bulwark.cluster..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.bulwark.engine..", "dev.bulwark.checks..", "dev.bulwark.report..", "dev.bulwark.cli..")
        .check(BULWARK);
  }

  @Test
  void admissionIsAFrontOverTheEngine() {
    // bulwark-admission decides reviews with the checks and the cluster watch; it prints no reports.
    noClasses().that().resideInAPackage("dev.bulwark.admission..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.bulwark.report..", "dev.bulwark.cli..", "dev.bulwark.testing..", "dev.bulwark.cis..")
        .check(BULWARK);
    noClasses().that().resideOutsideOfPackages("dev.bulwark.admission..", "dev.bulwark.cli..")
        .should().dependOnClassesThat().resideInAPackage("dev.bulwark.admission..")
        .check(BULWARK);
  }

  @Test
  void onlyTheClusterModuleTalksToAnApiServer() {
    noClasses().that().resideOutsideOfPackage("dev.bulwark.cluster..")
        .should().dependOnClassesThat().resideInAPackage("io.fabric8..")
        .check(BULWARK);
  }

  @Test
  void cisDoesItsOwnIoOverTheChecksCatalog() {
    // bulwark-cis: api, loader and checks only; the CIS items themselves stay pure in checks.
    noClasses().that().resideInAPackage("dev.bulwark.cis..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.bulwark.engine..", "dev.bulwark.report..", "dev.bulwark.cli..", "dev.bulwark.testing..")
        .check(BULWARK);
    noClasses().that().resideInAnyPackage("dev.bulwark.loader..", "dev.bulwark.engine..", "dev.bulwark.report..")
        .should().dependOnClassesThat().resideInAPackage("dev.bulwark.cis..")
        .check(BULWARK);
  }
}
