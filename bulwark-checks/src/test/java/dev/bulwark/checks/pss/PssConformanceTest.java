package dev.bulwark.checks.pss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Upstream's conformance fixtures ({@code ../shared/conformance/pss/<level>/<version>/<pass|fail>/})
 * must get upstream's verdict at their level and version: pass folders allowed, fail folders
 * denied with the message part upstream's harness expects. Each pod is checked as a Pod and, as
 * upstream's harness also does, as the template of a Deployment.
 */
class PssConformanceTest {
  private static final Pattern LAYOUT =
      Pattern.compile(".*/(baseline|restricted)/(v1\\.\\d+)/(pass|fail)/([a-z_]+?)\\d*\\.yaml$");

  /** What a denial must mention, by the check a fixture is named after (upstream's harness). */
  private static final Map<String, String> EXPECTED_TEXT =
      Map.ofEntries(
          Map.entry("allowprivilegeescalation", "allowPrivilegeEscalation"),
          Map.entry("apparmorprofile", "forbidden AppArmor profile"),
          Map.entry("capabilities_baseline", "capabilities"),
          Map.entry("capabilities_restricted", "unrestricted capabilities"),
          Map.entry("hostnamespaces", "host namespaces"),
          Map.entry("hostpathvolumes", "hostPath"),
          Map.entry("hostports", "hostPort"),
          Map.entry("hostprobesandhostlifecycle", "probe or lifecycle host"),
          Map.entry("privileged", "privileged"),
          Map.entry("procmount", "procMount"),
          Map.entry("procmount_restricted", "procMount"),
          Map.entry("restrictedvolumes", "restricted volume types"),
          Map.entry("runasnonroot", "runAsNonRoot"),
          Map.entry("runasuser", "runAsUser"),
          Map.entry("selinuxoptions", "seLinuxOptions"),
          Map.entry("seccompprofile_baseline", "seccompProfile"),
          Map.entry("seccompprofile_restricted", "seccompProfile"),
          Map.entry("sysctls", "forbidden sysctl"),
          Map.entry("windowshostprocess", "hostProcess"));

  private static LoadResult fixtures;

  @BeforeAll
  static void load() {
    Path root = conformanceDir().resolve("pss");
    assumeTrue(
        Files.isDirectory(root),
        "PSS conformance suite not found at " + root.toAbsolutePath() + "; skipping");
    fixtures = new ManifestLoader().load(List.of(root.toString()));
  }

  @Test
  void everyFixtureLoads() {
    assertThat(fixtures.diagnostics()).isEmpty();
    assertThat(fixtures.resources()).hasSize(4537);
  }

  @Test
  void everyPodGetsUpstreamsVerdict() {
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (Resource pod : fixtures.resources()) {
      Matcher m = LAYOUT.matcher(pod.file().replace('\\', '/'));
      assertThat(m.matches()).as("fixture path %s", pod.file()).isTrue();
      PssPolicy policy = PssPolicy.parse(m.group(1), m.group(2));
      boolean shouldPass = m.group(3).equals("pass");
      PssResult result = PssPod.of(Workloads.podSpec(pod).orElseThrow()).evaluate(policy);
      String problem = problem(result, shouldPass, m.group(4));
      if (problem != null) {
        mismatches.add(pod.file() + ": " + problem);
      }
      checked++;
    }
    assertThat(mismatches).as("%d of %d fixtures disagree", mismatches.size(), checked).isEmpty();
    assertThat(checked).isEqualTo(4537);
  }

  @Test
  void everyPodTemplateGetsTheSameVerdict() {
    List<String> mismatches = new ArrayList<>();
    for (Resource pod : fixtures.resources()) {
      Matcher m = LAYOUT.matcher(pod.file().replace('\\', '/'));
      assertThat(m.matches()).isTrue();
      PssPolicy policy = PssPolicy.parse(m.group(1), m.group(2));
      // The pod as the template of a Deployment: same metadata and spec, no Pod-only defaults.
      PssPod template =
          PssPod.of(
              pod.object().path("metadata"),
              pod.object().path("spec"),
              JsonPointer.of("spec", "template", "metadata"),
              JsonPointer.of("spec", "template", "spec"),
              false);
      String problem = problem(template.evaluate(policy), m.group(3).equals("pass"), m.group(4));
      if (problem != null) {
        mismatches.add(pod.file() + ": " + problem);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  /** What is wrong with a result, or {@code null} when it is what upstream expects. */
  private static String problem(PssResult result, boolean shouldPass, String fixtureCheck) {
    if (shouldPass) {
      return result.allowed() ? null : "expected allowed, got: " + result.message();
    }
    if (result.allowed()) {
      return "expected denied, got allowed";
    }
    String expected = EXPECTED_TEXT.get(fixtureCheck);
    if (expected == null || result.message().contains(expected)) {
      return null;
    }
    return "denial does not mention \"" + expected + "\": " + result.message();
  }

  private static Path conformanceDir() {
    String configured = System.getProperty("bulwark.conformance.dir");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("bulwark.repo.dir", ".."), "..", "shared", "conformance");
  }
}
