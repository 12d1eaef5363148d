package dev.bulwark.checks.controlplane.cis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A version of the CIS Kubernetes Benchmark: its items in order, and how a test's verdict becomes a
 * status (kube-bench's rules: a manual item without a test is WARN; a failing test is FAIL when the
 * item is Automated and WARN when it is Manual; what cannot be evaluated is WARN).
 *
 * @param name the benchmark's short name, as in kube-bench's {@code cfg/} folders
 * @param groups the groups of items in benchmark order
 */
public record CisBenchmark(String name, List<CisGroup> groups) {
  private static final Map<String, Supplier<CisBenchmark>> KNOWN =
      Map.of("cis-1.12", Cis112::benchmark);

  public CisBenchmark {
    groups = List.copyOf(groups);
  }

  /** The benchmark with this name, e.g. {@code cis-1.12}. */
  public static CisBenchmark named(String name) {
    Supplier<CisBenchmark> benchmark = KNOWN.get(name);
    if (benchmark == null) {
      throw new IllegalArgumentException(
          "unknown benchmark '" + name + "' (known: " + String.join(", ", names()) + ")");
    }
    return benchmark.get();
  }

  /** Names of the benchmarks Bulwark knows, sorted. */
  public static List<String> names() {
    return KNOWN.keySet().stream().sorted().toList();
  }

  /** Every item, in benchmark order. */
  public List<CisItem> items() {
    return groups.stream().flatMap(g -> g.items().stream()).toList();
  }

  /** Assesses every item. */
  public List<CisResult> evaluate(CisInputs inputs) {
    List<CisResult> results = new ArrayList<>();
    for (CisGroup group : groups) {
      for (CisItem item : group.items()) {
        results.add(assess(group, item, inputs));
      }
    }
    return results;
  }

  private static CisResult assess(CisGroup group, CisItem item, CisInputs inputs) {
    if (item.test().isEmpty()) {
      return new CisResult(
          group, item, CisStatus.WARN, "manual check: kube-bench runs no test", List.of());
    }
    Outcome outcome = item.test().get().evaluate(inputs);
    return switch (outcome.verdict()) {
      case PASS -> new CisResult(group, item, CisStatus.PASS, outcome.reason(), outcome.evidence());
      case FAIL ->
          new CisResult(
              group,
              item,
              item.automated() ? CisStatus.FAIL : CisStatus.WARN,
              outcome.reason(),
              outcome.evidence());
      case NOT_EVALUATED ->
          new CisResult(
              group,
              item,
              CisStatus.WARN,
              "not evaluated: " + outcome.reason(),
              outcome.evidence());
    };
  }
}
