package dev.bulwark.checks.controlplane;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a component's settings from whichever kind of object carries them: a static pod (or any
 * workload) running it, a kubeadm {@code ClusterConfiguration}, a {@code KubeletConfiguration} or a
 * {@code KubeProxyConfiguration}.
 */
public final class ComponentSources {
  private ComponentSources() {}

  /** The component's settings in this object, or empty when the object does not configure it. */
  public static Optional<ComponentSettings> of(Resource resource, Component component) {
    if (Workloads.isWorkload(resource.kind())) {
      return ComponentContainers.find(resource, component);
    }
    return ofConfiguration(resource, component);
  }

  /**
   * The same for an object of a scanned inventory: workloads are looked up in an index of the
   * inventory, built once, so that the many checks asking every workload share one reading.
   */
  public static Optional<ComponentSettings> of(
      Resource resource, Component component, Inventory inventory) {
    if (Workloads.isWorkload(resource.kind())) {
      return inventory.derived(ComponentIndex.OF_INVENTORY).find(resource, component);
    }
    return ofConfiguration(resource, component);
  }

  private static Optional<ComponentSettings> ofConfiguration(Resource resource, Component component) {
    if (KubeadmClusterConfiguration.isClusterConfiguration(resource)) {
      return KubeadmClusterConfiguration.settings(resource, component);
    }
    if (configKind(component).map(k -> isConfigFile(resource, k)).orElse(false)) {
      return Optional.of(configOnly(resource, component));
    }
    return Optional.empty();
  }

  /** Kinds {@link #of} may find the component in, for a check's {@code kinds}. */
  public static Set<String> kinds(Component component) {
    Set<String> kinds = new HashSet<>();
    switch (component) {
      case KUBELET -> { // a kubelet in a container (kind, some distributions) is a workload too
        kinds.addAll(Workloads.KINDS);
        kinds.add("KubeletConfiguration");
      }
      case PROXY -> {
        kinds.addAll(Workloads.KINDS);
        kinds.add("KubeProxyConfiguration");
      }
      default -> {
        kinds.addAll(Workloads.KINDS);
        kinds.add("ClusterConfiguration");
      }
    }
    return kinds;
  }

  /** The settings of a component known only from its configuration file. */
  public static ComponentSettings configOnly(Resource resource, Component component) {
    return new ComponentSettings(
        component,
        resource.ref() + " in " + resource.file(),
        Flags.NONE,
        Optional.of(new ConfigFile(resource)),
        Map.of(),
        Origin.of(resource, JsonPointer.ROOT));
  }

  private enum ConfigKind {
    KUBELET("KubeletConfiguration", "kubelet.config.k8s.io"),
    PROXY("KubeProxyConfiguration", "kubeproxy.config.k8s.io");

    final String kind;
    final String group;

    ConfigKind(String kind, String group) {
      this.kind = kind;
      this.group = group;
    }
  }

  private static Optional<ConfigKind> configKind(Component component) {
    return switch (component) {
      case KUBELET -> Optional.of(ConfigKind.KUBELET);
      case PROXY -> Optional.of(ConfigKind.PROXY);
      default -> Optional.empty();
    };
  }

  private static boolean isConfigFile(Resource resource, ConfigKind kind) {
    return resource.kind().equals(kind.kind) && resource.ref().group().equals(kind.group);
  }
}
