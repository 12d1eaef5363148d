package dev.bulwark.cis;

import dev.bulwark.api.Inventory;
import dev.bulwark.checks.controlplane.Component;
import dev.bulwark.checks.controlplane.ComponentSettings;
import dev.bulwark.checks.controlplane.cis.CisBenchmark;
import dev.bulwark.checks.controlplane.cis.CisInputs;
import dev.bulwark.checks.controlplane.cis.ManifestInputs;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code bulwark cis} run: load the manifests given (and, with a node root, the node's static
 * pods), read the node, evaluate every item of the benchmark.
 *
 * @param benchmark the benchmark to assess against
 * @param loader reads manifests and the configuration files flags name
 * @param toolVersion Bulwark's version, for the report
 */
public record CisAssessment(CisBenchmark benchmark, ManifestLoader loader, String toolVersion) {

  /** Assesses the manifests at {@code paths} and, when {@code nodeRoot} is not null, that node. */
  public CisReport run(List<String> paths, Path nodeRoot) {
    NodeRoot node = nodeRoot == null ? null : NodeRoot.at(nodeRoot);
    List<String> inputs = new ArrayList<>(paths);
    if (node != null) {
      inputs.addAll(NodeInputs.staticPodFiles(node));
    }
    LoadResult loaded =
        inputs.isEmpty() ? new LoadResult(List.of(), List.of(), 0) : loader.load(inputs);
    Inventory objects = Inventory.of(loaded.resources());
    CisInputs cisInputs =
        node == null ? ManifestInputs.of(objects) : new NodeInputs(node, objects, loader);
    return new CisReport(
        toolVersion,
        benchmark.name(),
        node == null ? null : node.description(),
        sources(cisInputs),
        benchmark.evaluate(cisInputs),
        loaded.diagnostics());
  }

  private static Map<String, String> sources(CisInputs inputs) {
    Map<String, String> sources = new LinkedHashMap<>(); // in component order
    for (Component component : Component.values()) {
      inputs
          .component(component)
          .map(ComponentSettings::source)
          .ifPresent(s -> sources.put(component.binary(), s));
    }
    return sources;
  }
}
