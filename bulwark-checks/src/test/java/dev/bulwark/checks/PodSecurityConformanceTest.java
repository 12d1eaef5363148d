package dev.bulwark.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.api.Check;
import dev.bulwark.api.Resource;
import dev.bulwark.checks.testsupport.FixtureYaml;
import dev.bulwark.checks.testsupport.TestContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The pod security checks against upstream Pod Security admission's test pods (newest policy
 * version, see {@code ../shared/conformance/pss/README.md}): every failing pod made for a control
 * that one of our checks covers trips that check, and no passing pod trips any check covering a
 * control of its level. Where we differ from upstream on purpose, {@link #DIVERGENCES} says so.
 */
class PodSecurityConformanceTest {
  private static final String VERSION = "v1.37";

  /** Upstream check ids (as the fixture names spell them) and the checks that cover them. */
  private static final Map<String, Set<String>> BASELINE =
      Map.of(
          "apparmorprofile", Set.of("apparmor-unconfined"),
          "capabilities_baseline", Set.of("dangerous-capabilities"),
          "hostpathvolumes", Set.of("host-path-volume"),
          "hostports", Set.of("host-port"),
          "procmount", Set.of("unmasked-proc-mount"),
          "seccompprofile_baseline", Set.of("seccomp-unconfined"),
          "selinuxoptions", Set.of("selinux-custom-options"),
          "sysctls", Set.of("unsafe-sysctls"),
          "windowshostprocess", Set.of("windows-host-process"));

  private static final Map<String, Set<String>> RESTRICTED_ONLY =
      Map.of(
          "allowprivilegeescalation", Set.of("allow-privilege-escalation"),
          "capabilities_restricted", Set.of("capabilities-not-dropped", "dangerous-capabilities"),
          "procmount_restricted", Set.of("unmasked-proc-mount"),
          "seccompprofile_restricted", Set.of("seccomp-unconfined", "seccomp-profile-missing"));

  /** Failing pods we let pass on purpose, by level and name, with the reason. */
  private static final Map<String, String> DIVERGENCES =
      Map.of(
          "baseline/capabilities_baseline2",
          "adds `chown`: runtimes upper-case names, so this is CHOWN, in the baseline set",
          "baseline/capabilities_baseline3",
          "adds `CAP_CHOWN`: CRI-O reads it as CHOWN (containerd ignores it), in the baseline set",
          "restricted/procmount_restricted0",
          "Unmasked with hostUsers: false: baseline allows it, and we report only baseline's view",
          "restricted/procmount_restricted1",
          "Unmasked with hostUsers: false: baseline allows it, and we report only baseline's view");

  @TestFactory
  Stream<DynamicTest> baseline() throws IOException {
    return tests("baseline", BASELINE, Map.of());
  }

  /** At restricted, dangerous-capabilities allows only NET_BIND_SERVICE, as restricted does. */
  @TestFactory
  Stream<DynamicTest> restricted() throws IOException {
    Map<String, Set<String>> controls = new TreeMap<>(BASELINE);
    controls.putAll(RESTRICTED_ONLY);
    return tests("restricted", controls, Map.of("allowed", "NET_BIND_SERVICE"));
  }

  private static Stream<DynamicTest> tests(
      String level, Map<String, Set<String>> controls, Map<String, String> parameters)
      throws IOException {
    String dir = System.getProperty("bulwark.conformance.dir");
    assumeTrue(dir != null, "bulwark.conformance.dir is not set (run through Maven)");
    Path root = Path.of(dir, "pss", level, VERSION);
    assumeTrue(Files.isDirectory(root), "Pod Security conformance fixtures not found at " + root);
    List<Check> checks = new PodSecurityChecks().checks();
    Set<String> covering =
        controls.values().stream()
            .flatMap(Set::stream)
            .collect(java.util.stream.Collectors.toSet());
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files(root.resolve("fail"))) {
      String name = file.getFileName().toString().replace(".yaml", "");
      Set<String> expected = controls.get(name.replaceFirst("[0-9]+$", ""));
      if (expected == null) {
        continue;
      }
      tests.add(
          DynamicTest.dynamicTest(
              "fail/" + name,
              () -> {
                Set<String> fired = fired(checks, file, parameters);
                String reason = DIVERGENCES.get(level + "/" + name);
                if (reason != null) {
                  assertThat(fired).as(reason).doesNotContainAnyElementsOf(expected);
                } else {
                  assertThat(fired)
                      .as("checks covering %s", expected)
                      .containsAnyElementsOf(expected);
                }
              }));
    }
    for (Path file : files(root.resolve("pass"))) {
      tests.add(
          DynamicTest.dynamicTest(
              "pass/" + file.getFileName(),
              () ->
                  assertThat(fired(checks, file, parameters))
                      .doesNotContainAnyElementsOf(covering)));
    }
    return tests.stream();
  }

  private static Set<String> fired(List<Check> checks, Path file, Map<String, String> parameters)
      throws IOException {
    Set<String> fired = new java.util.TreeSet<>();
    for (Resource pod : FixtureYaml.read(file)) {
      for (Check check : checks) {
        TestContext context = TestContext.defaultsOf(check);
        for (Map.Entry<String, String> p : parameters.entrySet()) {
          if (check.metadata().parameters().stream().anyMatch(d -> d.name().equals(p.getKey()))
              && check.metadata().id().equals("dangerous-capabilities")) {
            context = context.with(p.getKey(), p.getValue());
          }
        }
        if (!check.check(pod, context).isEmpty()) {
          fired.add(check.metadata().id());
        }
      }
    }
    return fired;
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
