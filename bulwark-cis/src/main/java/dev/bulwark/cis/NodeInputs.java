package dev.bulwark.cis;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.Resource;
import dev.bulwark.checks.controlplane.Component;
import dev.bulwark.checks.controlplane.ComponentSettings;
import dev.bulwark.checks.controlplane.ConfigFile;
import dev.bulwark.checks.controlplane.Setting;
import dev.bulwark.checks.controlplane.cis.CisInputs;
import dev.bulwark.checks.controlplane.cis.DefaultPaths;
import dev.bulwark.checks.controlplane.cis.ManifestInputs;
import dev.bulwark.checks.controlplane.cis.NodeFacts;
import dev.bulwark.loader.ManifestLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a CIS assessment sees on a node: the running components' command lines come first (they are
 * what runs, as kube-bench's {@code ps} sees it), then the objects of the inputs and of the node's
 * static pod folder. Files a flag names (the kubelet's {@code --config}, the encryption
 * configuration) are read from the node.
 */
final class NodeInputs implements CisInputs {
  private final NodeRoot node;
  private final ManifestInputs manifests;
  private final Map<Component, ComponentSettings> processes;
  private final ManifestLoader loader;

  NodeInputs(NodeRoot node, Inventory objects, ManifestLoader loader) {
    this.node = node;
    this.manifests = ManifestInputs.of(objects);
    this.loader = loader;
    this.processes = NodeProcesses.read(node.path());
  }

  @Override
  public Optional<ComponentSettings> component(Component component) {
    ComponentSettings running = processes.get(component);
    if (running == null) {
      return manifests.component(component);
    }
    return switch (component) {
      case KUBELET ->
          Optional.of(withConfigFile(running, "KubeletConfiguration", DefaultPaths.KUBELET_CONFIG));
      case PROXY -> Optional.of(withConfigFile(running, "KubeProxyConfiguration", List.of()));
      default -> Optional.of(running);
    };
  }

  @Override
  public Optional<NodeFacts> node() {
    return Optional.of(node);
  }

  @Override
  public Inventory objects() {
    return manifests.objects();
  }

  @Override
  public Optional<Resource> referencedFile(Setting path, String kind) {
    return nodeFile(path.value(), kind).or(() -> manifests.referencedFile(path, kind));
  }

  /** The objects of the node's static pod folder, to add to the inputs. */
  static List<String> staticPodFiles(NodeRoot node) {
    Optional<Path> folder = node.local(DefaultPaths.STATIC_POD_DIRECTORY);
    if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder.get())) {
      return files.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The component's --config file if it names one, else the first default that exists. */
  private ComponentSettings withConfigFile(
      ComponentSettings running, String kind, List<String> defaults) {
    List<String> candidates = new ArrayList<>();
    running.flags().get("--config").map(Setting::value).ifPresent(candidates::add);
    candidates.addAll(defaults);
    for (String candidate : candidates) {
      Optional<Resource> file = nodeFile(candidate, kind);
      if (file.isPresent()) {
        return running.withConfig(new ConfigFile(file.get()));
      }
    }
    return running;
  }

  private Optional<Resource> nodeFile(String nodePath, String kind) {
    return node.local(nodePath)
        .filter(Files::isRegularFile)
        .flatMap(
            path ->
                loader.load(List.of(path.toString())).resources().stream()
                    .filter(r -> r.kind().equals(kind))
                    .findFirst());
  }
}
