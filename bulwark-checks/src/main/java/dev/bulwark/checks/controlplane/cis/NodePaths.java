package dev.bulwark.checks.controlplane.cis;

import dev.bulwark.checks.controlplane.Component;
import dev.bulwark.checks.controlplane.ComponentSettings;
import dev.bulwark.checks.controlplane.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which files on the node a file-permission item looks at. kube-bench resolves each of its
 * variables ({@code $apiserverconf}, {@code $kubeletconf}, …) to the first candidate that exists,
 * else to a default; the candidates below are the generic ones from its {@code cfg/config.yaml}.
 */
@FunctionalInterface
interface NodePaths {

  /**
   * What was looked for and what was found.
   *
   * @param sought how reports name the file(s), e.g. {@code /etc/kubernetes/admin.conf}
   * @param files the files found; empty when none exists
   */
  record Found(String sought, List<FileFacts> files) {}

  Found find(CisInputs inputs, NodeFacts node);

  /** The first candidate that exists, else the first candidate (which then is missing). */
  static NodePaths firstOf(String... candidates) {
    return (inputs, node) -> {
      for (String path : candidates) {
        Optional<FileFacts> file = node.stat(path);
        if (file.isPresent()) {
          return new Found(path, List.of(file.get()));
        }
      }
      return new Found(candidates[0], List.of());
    };
  }

  /**
   * The path a component's setting names (etcd {@code --data-dir}, kubelet {@code --kubeconfig})
   * when it exists, else the candidates.
   */
  static NodePaths fromSetting(Component component, Lookup lookup, String... candidates) {
    NodePaths fallback = firstOf(candidates);
    return (inputs, node) -> {
      Optional<String> path = inputs.component(component).flatMap(lookup::find).map(Setting::value);
      Optional<FileFacts> named = path.flatMap(node::stat);
      if (named.isPresent()) {
        return new Found(path.get(), List.of(named.get()));
      }
      return fallback.find(inputs, node); // kube-bench too falls back when the named path is absent
    };
  }

  /** Each of the paths that exists. */
  static NodePaths eachExisting(String... paths) {
    return (inputs, node) -> {
      List<FileFacts> found = new ArrayList<>();
      for (String path : paths) {
        node.stat(path).ifPresent(found::add);
      }
      return new Found(String.join(", ", paths), found);
    };
  }

  /**
   * A directory and everything below it whose name passes the filter, like {@code find DIR -name
   * …}.
   */
  static NodePaths tree(String directory, Predicate<String> name) {
    return (inputs, node) ->
        new Found(
            directory,
            node.tree(directory).stream().filter(f -> name.test(fileName(f.path()))).toList());
  }

  /**
   * CNI configuration: everything below the kubelet's {@code --cni-conf-dir} (when it has one) and
   * the files below {@code /var/lib/cni/networks}.
   */
  static NodePaths cniFiles() {
    return (inputs, node) -> {
      List<FileFacts> found = new ArrayList<>();
      String sought = "/var/lib/cni/networks";
      Optional<String> confDir =
          inputs
              .component(Component.KUBELET)
              .map(ComponentSettings::flags)
              .flatMap(f -> f.get("--cni-conf-dir"))
              .map(Setting::value);
      if (confDir.isPresent()) {
        sought = confDir.get() + ", " + sought;
        node.tree(confDir.get()).stream()
            .filter(f -> !f.path().equals(confDir.get()))
            .forEach(found::add);
      }
      node.tree("/var/lib/cni/networks").stream().filter(f -> !f.directory()).forEach(found::add);
      return new Found(sought, found);
    };
  }

  private static String fileName(String path) {
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
