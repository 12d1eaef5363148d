package dev.bulwark.checks.controlplane.cis;

import dev.bulwark.checks.controlplane.Component;
import java.util.List;

/** Shorthand for the catalogs: {@code apiServer(flag("--profiling").eq("false"))}. */
final class Probes {
  private Probes() {}

  /** The first half of a probe: where to look. */
  record Step(Lookup lookup) {
    Probe present() {
      return new Probe(lookup, Expectation.present());
    }

    Probe absent() {
      return new Probe(lookup, Expectation.absent());
    }

    Probe eq(String value) {
      return new Probe(lookup, Expectation.of(Expectation.Op.EQ, value));
    }

    Probe noteq(String value) {
      return new Probe(lookup, Expectation.of(Expectation.Op.NOTEQ, value));
    }

    Probe gte(int value) {
      return new Probe(lookup, Expectation.of(Expectation.Op.GTE, Integer.toString(value)));
    }

    Probe has(String value) {
      return new Probe(lookup, Expectation.of(Expectation.Op.HAS, value));
    }

    Probe nothave(String value) {
      return new Probe(lookup, Expectation.of(Expectation.Op.NOTHAVE, value));
    }

    Probe onlyElements(String label, String... allowed) {
      return new Probe(lookup, Expectation.onlyElements(label, allowed));
    }
  }

  static Step flag(String flag) {
    return new Step(Lookup.flag(flag));
  }

  static Step flagOrConfig(String flag, String dottedPath) {
    return new Step(Lookup.flagOrConfig(flag, dottedPath));
  }

  static Step flagOrEnv(String flag, String env) {
    return new Step(Lookup.flagOrEnv(flag, env));
  }

  static Step featureGate(String gate) {
    return new Step(Lookup.featureGate(gate));
  }

  /** Every probe must pass ({@code bin_op: and}, kube-bench's default). */
  static SettingsTest allOf(Component component, Probe... probes) {
    return new SettingsTest(component, false, List.of(probes));
  }

  /** One probe must pass ({@code bin_op: or}). */
  static SettingsTest anyOf(Component component, Probe... probes) {
    return new SettingsTest(component, true, List.of(probes));
  }
}
