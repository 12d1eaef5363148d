package dev.bulwark.checks.controlplane.cis;

import dev.bulwark.checks.controlplane.ComponentSettings;
import dev.bulwark.checks.controlplane.Setting;
import java.util.Optional;

/**
 * One kube-bench test item: a setting to look up and what it must be.
 *
 * @param lookup where the setting is read
 * @param expectation what it must be
 */
public record Probe(Lookup lookup, Expectation expectation) {

  /** What one probe found. */
  public record Result(Probe probe, boolean passed, Optional<Setting> found) {

    /** The evidence: the setting found, or its absence at the component's anchor. */
    public Evidence evidence(ComponentSettings settings) {
      return found
          .map(Evidence::of)
          .orElseGet(() -> Evidence.missing(probe.lookup().describe(), settings.anchor()));
    }
  }

  public Result run(ComponentSettings settings) {
    Optional<Setting> found = lookup.find(settings);
    return new Result(this, expectation.test(found.map(Setting::value).orElse(null)), found);
  }

  /** The requirement in words, e.g. {@code --profiling=false}. */
  public String describe() {
    return expectation.describe(lookup.describe());
  }
}
