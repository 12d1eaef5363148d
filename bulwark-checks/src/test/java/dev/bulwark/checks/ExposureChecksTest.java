package dev.bulwark.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.CheckMetadata;
import dev.bulwark.api.CheckProvider;
import dev.bulwark.api.FrameworkRef;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExposureChecksTest {
  private final List<Check> checks = new ExposureChecks().checks();

  @Test
  void providerIsFoundByServiceLoader() {
    assertThat(ServiceLoader.load(CheckProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(ExposureChecks.class, BuiltinChecks.class);
  }

  /** Ids are a contract (docs/coverage.md is written against them); severities are documented. */
  @Test
  void idsSeveritiesAndScopesAreAsDocumented() {
    Map<String, String> actual =
        checks.stream()
            .map(Check::metadata)
            .collect(
                Collectors.toMap(
                    CheckMetadata::id,
                    m -> m.severity().label() + " " + m.scope().name().toLowerCase(),
                    (a, b) -> a,
                    TreeMap::new));
    assertThat(actual)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("image-not-pinned", "low resource"),
                Map.entry("untrusted-registry", "high resource"),
                Map.entry("image-pull-policy-not-always", "low resource"),
                Map.entry("credential-in-args", "high resource"),
                Map.entry("credential-in-configmap", "high resource"),
                Map.entry("credential-in-annotation", "medium resource"),
                Map.entry("secret-in-manifest", "info resource"),
                Map.entry("secret-as-env-var", "low resource"),
                Map.entry("manual-service-account-token-secret", "medium resource"),
                Map.entry("service-load-balancer", "low resource"),
                Map.entry("service-node-port", "low resource"),
                Map.entry("service-external-ips", "high resource"),
                Map.entry("ingress-without-tls", "medium resource"),
                Map.entry("dashboard-exposed", "high inventory"),
                Map.entry("istio-mtls-not-strict", "medium inventory"),
                Map.entry("selector-mismatch", "high resource"),
                Map.entry("service-selects-nothing", "low inventory"),
                Map.entry("network-policy-selects-nothing", "low inventory"),
                Map.entry("missing-reference", "medium inventory"),
                Map.entry("deprecated-api-version", "medium resource")));
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
  void metadataIsComplete() {
    Set<String> frameworks = Set.of("CIS", "NSA", "MITRE", "PSS");
    for (Check check : checks) {
      CheckMetadata m = check.metadata();
      assertThat(m.description()).as(m.id()).isNotBlank();
      assertThat(m.kinds()).as(m.id() + " kinds").isNotNull();
      assertThat(m.frameworks())
          .as(m.id())
          .extracting(FrameworkRef::framework)
          .isSubsetOf(frameworks);
      if (m.category() != Category.HYGIENE || m.id().equals("network-policy-selects-nothing")) {
        assertThat(m.frameworks()).as(m.id() + " frameworks").isNotEmpty();
      }
      m.frameworks().stream()
          .filter(f -> f.framework().equals("CIS"))
          .forEach(f -> assertThat(f.id()).as(m.id()).matches("5\\.\\d+\\.\\d+"));
      m.frameworks().stream()
          .filter(f -> f.framework().equals("MITRE"))
          .forEach(f -> assertThat(f.id()).as(m.id()).matches("T\\d{4}(\\.\\d{3})?"));
    }
  }

  @Test
  void onlyTheAllowListCheckIsOffByDefault() {
    assertThat(checks.stream().filter(c -> !c.metadata().enabledByDefault()))
        .extracting(c -> c.metadata().id())
        .containsExactly("untrusted-registry");
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
}
