package dev.bulwark.checks.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePatternsTest {
  private static final NamePatterns PATTERNS =
      NamePatterns.parse(
          List.of("web", "shop/api", "ingress-nginx/", "monitoring/graf?na", "edge-*"));

  @ParameterizedTest(name = "{0}/{1} -> {2}")
  @CsvSource({
    "shop, web, true",
    "other, web, true",
    "shop, web2, false",
    "shop, api, true",
    "other, api, false",
    "ingress-nginx, anything, true",
    "monitoring, grafana, true",
    "monitoring, graffana, false",
    "gateway, edge-1, true",
    "gateway, xedge-1, false",
    "shop.io, web, true"
  })
  void matchesNamesNamespacesAndGlobs(String namespace, String name, boolean expected) {
    assertThat(PATTERNS.matches(namespace, name)).isEqualTo(expected);
  }
}
