package dev.bulwark.checks.pss;

import java.util.Map;

/**
 * Which Pod Security checks a finer-grained catalog check already reports, so that {@code bulwark
 * scan} counts each problem once: the {@code pss-*} checks leave these to the catalog check.
 * Extend this table when a catalog check takes over a control.
 */
final class CatalogCoverage {
  private static final Map<PssCheckId, String> COVERED_BY =
      Map.of(
          PssCheckId.PRIVILEGED, "privileged-container",
          PssCheckId.HOST_NAMESPACES, "host-namespaces",
          PssCheckId.RUN_AS_NON_ROOT, "run-as-root",
          PssCheckId.RUN_AS_USER, "run-as-root");

  private CatalogCoverage() {}

  /** True when a catalog check reports this control. */
  static boolean covered(PssCheckId id) {
    return COVERED_BY.containsKey(id);
  }

  /** The catalog check that reports a control, or {@code null}. */
  static String coveringCheck(PssCheckId id) {
    return COVERED_BY.get(id);
  }
}
