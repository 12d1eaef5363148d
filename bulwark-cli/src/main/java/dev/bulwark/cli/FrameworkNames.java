package dev.bulwark.cli;

import dev.bulwark.api.FrameworkRef;

/** Human names for framework references in docs. */
final class FrameworkNames {
  private FrameworkNames() {}

  static String describe(FrameworkRef ref) {
    return switch (ref.framework()) {
      case "CIS" -> "CIS Kubernetes Benchmark " + ref.id();
      case "PSS" -> "Pod Security Standards: " + ref.id();
      case "NSA" -> "NSA/CISA Kubernetes Hardening Guide: " + ref.id();
      case "MITRE" -> "MITRE ATT&CK for Containers " + ref.id();
      default -> ref.toString();
    };
  }
}
