package dev.bulwark.checks.support;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.Resource;
import java.util.List;
import java.util.Optional;

/**
 * Namespaces as the API server would assign them. A manifest without {@code metadata.namespace} is
 * applied to the current namespace of whoever applies it; Bulwark assumes {@value #DEFAULT}, so a
 * Deployment and the Secret it uses, both written without a namespace, land together.
 */
public final class Namespaces {
  /** The namespace of a namespaced object that names none. */
  public static final String DEFAULT = "default";

  private Namespaces() {}

  /** The object's namespace, or {@value #DEFAULT} when the manifest leaves it out. */
  public static String of(Resource resource) {
    return resource.namespace() == null ? DEFAULT : resource.namespace();
  }

  /** Objects of a kind in a namespace, counting those without a namespace as {@value #DEFAULT}. */
  public static List<Resource> objects(Inventory inventory, String kind, String namespace) {
    return inventory.ofKind(kind).stream().filter(r -> of(r).equals(namespace)).toList();
  }

  /**
   * An object of this kind, namespace and name, found through the inventory's index (it is looked
   * up for every reference of every workload): the one that names the namespace, else, for {@value
   * #DEFAULT}, one that names none.
   */
  public static Optional<Resource> find(
      Inventory inventory, String kind, String namespace, String name) {
    Optional<Resource> named = inventory.find(kind, namespace, name);
    return named.isPresent() || !namespace.equals(DEFAULT)
        ? named
        : inventory.find(kind, null, name);
  }
}
