package dev.bulwark.checks.support;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.Resource;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * Namespaces as the API server would assign them. A manifest without {@code metadata.namespace} is
 * applied to the current namespace of whoever applies it; Bulwark assumes {@value #DEFAULT}, so a
 * Deployment and the Secret it uses, both written without a namespace, land together.
 */
public final class Namespaces {
  /** The namespace of a namespaced object that names none. */
  public static final String DEFAULT = "default";

  /** Objects by kind and effective namespace, built once per inventory. */
  private static final Inventory.Derived<Map<String, List<Resource>>> BY_KIND_AND_NAMESPACE =
      inventory ->
          inventory.all().stream()
              .collect(Collectors.groupingBy(r -> key(r.kind(), of(r)), Collectors.toUnmodifiableList()));

  private Namespaces() {}

  /** The object's namespace, or {@value #DEFAULT} when the manifest leaves it out. */
  public static String of(Resource resource) {
    return resource.namespace() == null ? DEFAULT : resource.namespace();
  }

  /** Objects of a kind in a namespace, counting those without a namespace as {@value #DEFAULT}. */
  public static List<Resource> objects(Inventory inventory, String kind, String namespace) {
    return inventory.derived(BY_KIND_AND_NAMESPACE).getOrDefault(key(kind, namespace), List.of());
  }

  private static String key(String kind, String namespace) {
    return kind + '\u0000' + namespace;
  }

  /** The first object of this kind, namespace and name. */
  public static Optional<Resource> find(
      Inventory inventory, String kind, String namespace, String name) {
    return objects(inventory, kind, namespace).stream()
        .filter(r -> r.name().equals(name))
        .findFirst();
  }
}
