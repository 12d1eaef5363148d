package dev.bulwark.checks.controlplane.cis;

import dev.bulwark.checks.controlplane.Component;
import dev.bulwark.checks.controlplane.ComponentSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CIS test on one component's settings: its probes combined with {@code and} (all must pass) or
 * {@code or} (one must), as kube-bench's {@code bin_op}.
 *
 * @param component the component whose settings are tested
 * @param anyOf true for {@code bin_op: or}
 * @param probes the test items
 */
public record SettingsTest(Component component, boolean anyOf, List<Probe> probes)
    implements CisTest {

  public SettingsTest {
    probes = List.copyOf(probes);
  }

  /** The probes' results on one component's settings, and whether they pass together. */
  public record Result(ComponentSettings settings, boolean passed, List<Probe.Result> probes) {

    /** Each distinct setting looked at, found or missing, in probe order. */
    public List<Evidence> evidence() {
      Map<String, Evidence> bySubject = new LinkedHashMap<>();
      for (Probe.Result r : probes) {
        Evidence e = r.evidence(settings);
        bySubject.putIfAbsent(e.subject(), e);
      }
      return new ArrayList<>(bySubject.values());
    }

    /** The first failing probe that found its setting, else the first failing probe. */
    public Probe.Result culprit() {
      return probes.stream()
          .filter(r -> !r.passed() && r.found().isPresent())
          .findFirst()
          .orElseGet(
              () -> probes.stream().filter(r -> !r.passed()).findFirst().orElse(probes.get(0)));
    }
  }

  /** Runs the probes on the given settings. */
  public Result run(ComponentSettings settings) {
    List<Probe.Result> results = probes.stream().map(p -> p.run(settings)).toList();
    boolean passed =
        anyOf
            ? results.stream().anyMatch(Probe.Result::passed)
            : results.stream().allMatch(Probe.Result::passed);
    return new Result(settings, passed, results);
  }

  /** The requirement in words, e.g. {@code --bind-address=127.0.0.1 or --bind-address not set}. */
  public String describe() {
    return String.join(anyOf ? " or " : " and ", probes.stream().map(Probe::describe).toList());
  }

  @Override
  public Outcome evaluate(CisInputs inputs) {
    return inputs
        .component(component)
        .map(
            settings -> {
              Result result = run(settings);
              return Outcome.of(result.passed(), "expected " + describe(), result.evidence());
            })
        .orElseGet(() -> Outcome.notEvaluated("no " + component.binary() + " among the inputs"));
  }
}
