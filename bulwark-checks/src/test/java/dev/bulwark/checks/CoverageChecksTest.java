package dev.bulwark.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.CheckMetadata;
import dev.bulwark.api.CheckProvider;
import dev.bulwark.api.FrameworkRef;
import dev.bulwark.api.Inventory;
import dev.bulwark.api.NotEvaluatedException;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.testsupport.FixtureYaml;
import dev.bulwark.checks.testsupport.TestContext;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CoverageChecksTest {
  private static final Pattern FRAMEWORK_ID =
      Pattern.compile(
          "CIS:5\\.[0-9]+\\.[0-9]+|PSS:(baseline|restricted)/[a-z-]+|NSA:[a-z-]+"
              + "|MITRE:T[0-9]{4}(\\.[0-9]{3})?");

  private final List<Check> checks = new CoverageChecks().checks();

  @Test
  void providerIsFoundByServiceLoader() {
    assertThat(ServiceLoader.load(CheckProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(CoverageChecks.class);
  }

  /** docs/coverage.md maps peer checks to these ids and explains these severities. */
  @Test
  void idsAndSeveritiesAreAsDocumented() {
    Map<String, String> actual =
        checks.stream()
            .map(Check::metadata)
            .collect(
                Collectors.toMap(
                    CheckMetadata::id, m -> m.severity().label(), (a, b) -> a, TreeMap::new));
    assertThat(actual)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "duplicate-env-var", "low",
                "default-namespace", "low",
                "host-aliases", "low",
                "shared-process-namespace", "low",
                "run-as-low-id", "low",
                "default-service-account-automount", "low",
                "ssh-port", "low",
                "tiller-deployed", "critical",
                "nginx-ingress-snippet", "high",
                "allowed-repos-open-prefix", "high"));
  }

  @Test
  void idsAreUniqueAcrossAllProviders() {
    List<String> ids =
        ServiceLoader.load(CheckProvider.class).stream()
            .flatMap(p -> p.get().checks().stream())
            .map(c -> c.metadata().id())
            .toList();
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void metadataIsCompleteAndFrameworksAreWellFormed() {
    for (Check check : checks) {
      CheckMetadata m = check.metadata();
      assertThat(m.description()).as(m.id()).isNotBlank();
      assertThat(m.remediation()).as(m.id()).isNotBlank();
      assertThat(m.summary()).as(m.id()).doesNotEndWith(".");
      assertThat(m.kinds()).as(m.id()).isNotEmpty();
      assertThat(m.frameworks().stream().map(FrameworkRef::toString))
          .as(m.id())
          .allMatch(f -> FRAMEWORK_ID.matcher(f).matches());
      if (m.category() != Category.HYGIENE) {
        assertThat(m.frameworks()).as(m.id() + " frameworks").isNotEmpty();
      }
    }
  }

  /** Low UIDs are everywhere in hardened images; the check is for those who ask for it. */
  @Test
  void onlyTheLowIdCheckIsOffByDefault() {
    assertThat(checks.stream().filter(c -> !c.metadata().enabledByDefault()))
        .extracting(c -> c.metadata().id())
        .containsExactly("run-as-low-id");
  }

  @Test
  void checksAreFinalAndAnnotated() {
    for (Check check : checks) {
      assertThat(Modifier.isFinal(check.getClass().getModifiers()))
          .as(check.getClass().getName())
          .isTrue();
      assertThat(check.getClass().getAnnotation(CheckInfo.class)).isNotNull();
    }
  }

  /** What {@code bulwark scan examples/hardened} runs: the checks that are on by default. */
  @Test
  void hardenedExamplesAreClean() throws IOException {
    String repo = System.getProperty("bulwark.repo.dir");
    assumeThat(repo).as("bulwark.repo.dir is not set (run through Maven)").isNotNull();
    List<Resource> resources = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(repo, "examples", "hardened"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        resources.addAll(FixtureYaml.read(file));
      }
    }
    Inventory inventory = Inventory.of(resources);
    List<String> findings = new ArrayList<>();
    for (Check check : checks.stream().filter(c -> c.metadata().enabledByDefault()).toList()) {
      TestContext context = TestContext.defaultsOf(check).withInventory(inventory, false);
      for (Resource resource : resources) {
        if (!check.metadata().appliesTo(resource.kind())) {
          continue;
        }
        try {
          for (Violation v : check.check(resource, context)) {
            findings.add(check.metadata().id() + " " + resource.ref() + " " + v.pointer());
          }
        } catch (NotEvaluatedException e) {
          findings.add(check.metadata().id() + " not evaluated on " + resource.ref());
        }
      }
    }
    assertThat(findings).isEmpty();
  }
}
