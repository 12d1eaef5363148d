package dev.bulwark.checks.controlplane.cis;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckMetadata;
import dev.bulwark.api.FrameworkRef;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.controlplane.ComponentSettings;
import dev.bulwark.checks.controlplane.ComponentSources;
import java.util.List;
import java.util.Optional;

/**
 * A CIS item that can be judged from one object (a static pod, a kubeadm ClusterConfiguration, a
 * KubeletConfiguration) as a {@code bulwark scan} check. The items are data, like kube-bench's
 * YAML: one class evaluates them all, so {@code bulwark scan} and {@code bulwark cis} cannot
 * disagree. Each item keeps its own check id, severity, suppression and fixtures.
 */
public final class CisItemCheck implements Check {
  private final CisItem item;
  private final SettingsTest test;
  private final CheckMetadata metadata;

  private CisItemCheck(CisItem item) {
    this.item = item;
    this.test = (SettingsTest) item.test().orElseThrow();
    CisItem.ScanCheck scan = item.scan().orElseThrow();
    this.metadata =
        new CheckMetadata(
            scan.checkId(),
            test.component().binary() + ": " + item.title(),
            scan.rationale()
                + " CIS Kubernetes Benchmark item "
                + item.id()
                + " ("
                + item.assessment()
                + "); kube-bench reports a failure as "
                + (item.automated() ? "FAIL." : "WARN."),
            scan.severity(),
            Category.CONTROL_PLANE,
            ComponentSources.kinds(test.component()),
            Scope.RESOURCE,
            item.remediation(),
            List.of(new FrameworkRef("CIS", item.id())),
            List.of(),
            true);
  }

  /** The scan checks of every item of the benchmark that has one. */
  public static List<CisItemCheck> of(CisBenchmark benchmark) {
    return benchmark.items().stream()
        .filter(i -> i.scan().isPresent())
        .map(CisItemCheck::new)
        .toList();
  }

  @Override
  public CheckMetadata metadata() {
    return metadata;
  }

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Optional<ComponentSettings> settings =
        ComponentSources.of(resource, test.component(), context.inventory());
    if (settings.isEmpty()) {
      return List.of();
    }
    SettingsTest.Result result = test.run(settings.get());
    if (result.passed()) {
      return List.of();
    }
    Probe.Result culprit = result.culprit();
    JsonPointer pointer =
        culprit
            .found()
            .map(s -> s.origin().pointer())
            .orElseGet(() -> whereMissing(settings.get(), culprit.probe().lookup()));
    String found = String.join(", ", result.evidence().stream().map(Evidence::statement).toList());
    return List.of(
        Violation.at(
            pointer,
            "%s: %s; CIS %s expects %s",
            test.component().binary(),
            found,
            item.id(),
            test.describe()));
  }

  /**
   * Where a missing setting belongs: in a configuration file, under the nearest key of its path
   * that is there ({@code authentication} for {@code authentication.anonymous.enabled}); on a
   * command line, the command.
   */
  private static JsonPointer whereMissing(ComponentSettings settings, Lookup lookup) {
    if (lookup.configPath() == null || settings.config().isEmpty() || !settings.flags().isEmpty()) {
      return settings.anchor().pointer();
    }
    Resource file = settings.config().get().resource();
    JsonPointer p = lookup.configPath();
    while (!p.isRoot() && !file.sourceMap().has(p)) {
      p = p.parent();
    }
    return p;
  }
}
