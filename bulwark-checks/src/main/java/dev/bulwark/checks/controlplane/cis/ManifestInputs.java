package dev.bulwark.checks.controlplane.cis;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.Resource;
import dev.bulwark.checks.controlplane.Component;
import dev.bulwark.checks.controlplane.ComponentSettings;
import dev.bulwark.checks.controlplane.ComponentSources;
import dev.bulwark.checks.controlplane.KubeadmClusterConfiguration;
import dev.bulwark.checks.controlplane.Setting;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a CIS assessment sees in manifests alone (no node): each component's settings from the first
 * object that configures it, static pods before a kubeadm {@code ClusterConfiguration} (a static
 * pod is what runs; kubeadm's file is what it was generated from).
 */
public final class ManifestInputs implements CisInputs {
  private final Inventory objects;
  private final Map<Component, Optional<ComponentSettings>> components =
      new EnumMap<>(Component.class);

  private ManifestInputs(Inventory objects) {
    this.objects = objects;
    for (Component component : Component.values()) {
      components.put(component, find(objects, component));
    }
  }

  public static ManifestInputs of(Inventory objects) {
    return new ManifestInputs(objects);
  }

  @Override
  public Optional<ComponentSettings> component(Component component) {
    return components.get(component);
  }

  @Override
  public Optional<NodeFacts> node() {
    return Optional.empty();
  }

  @Override
  public Inventory objects() {
    return objects;
  }

  /**
   * The object of that kind in a file with the flag's file name; failing that, the only object of
   * that kind among the inputs (a repository rarely names files as the node does).
   */
  @Override
  public Optional<Resource> referencedFile(Setting path, String kind) {
    List<Resource> candidates = objects.ofKind(kind);
    String wanted = fileName(path.value());
    Optional<Resource> byName =
        candidates.stream().filter(r -> fileName(r.file()).equals(wanted)).findFirst();
    if (byName.isPresent()) {
      return byName;
    }
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  private static Optional<ComponentSettings> find(Inventory objects, Component component) {
    Optional<ComponentSettings> kubeadm = Optional.empty();
    for (Resource resource : objects.all()) {
      Optional<ComponentSettings> settings = ComponentSources.of(resource, component);
      if (settings.isEmpty()) {
        continue;
      }
      if (!KubeadmClusterConfiguration.isClusterConfiguration(resource)) {
        return settings;
      }
      kubeadm = kubeadm.or(() -> settings);
    }
    return kubeadm;
  }

  private static String fileName(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }
}
