package dev.bulwark.checks.support;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Which ServiceAccount a pod runs as. */
public final class ServiceAccounts {
  /** The account a pod gets when its spec names none. */
  public static final String DEFAULT = "default";

  private ServiceAccounts() {}

  /**
   * The ServiceAccount a pod spec runs as.
   *
   * @param name the account's name
   * @param pointer the field that named it, or empty when the pod gets the namespace's default
   */
  public record Account(String name, Optional<JsonPointer> pointer) {

    public boolean isDefault() {
      return name.equals(DEFAULT);
    }
  }

  /**
   * The account as the API server settles it: {@code serviceAccountName}; when that is empty, the
   * deprecated {@code serviceAccount} alias; when both are, {@code default} (which the
   * ServiceAccount admission plugin fills in).
   */
  public static Account of(PodSpecRef pod) {
    for (String field : new String[] {"serviceAccountName", "serviceAccount"}) {
      Optional<String> name = JsonValues.string(pod.spec().path(field)).filter(n -> !n.isEmpty());
      if (name.isPresent()) {
        return new Account(name.get(), Optional.of(pod.field(field)));
      }
    }
    return new Account(DEFAULT, Optional.empty());
  }

  /**
   * The ServiceAccount object a pod in {@code namespace} runs as, among the scanned objects: the
   * one in the same namespace, else the only one of that name whose manifest or the pod's leaves
   * the namespace out (both then land wherever they are applied). Empty when there is none, or
   * several such candidates.
   */
  public static Optional<Resource> find(Inventory inventory, String namespace, String name) {
    Optional<Resource> exact = inventory.find("ServiceAccount", namespace, name);
    if (exact.isPresent()) {
      return exact;
    }
    List<Resource> loose =
        inventory.ofKind("ServiceAccount").stream()
            .filter(sa -> sa.name().equals(name))
            .filter(sa -> namespace == null || sa.namespace() == null)
            .filter(sa -> !Objects.equals(sa.namespace(), namespace))
            .toList();
    return loose.size() == 1 ? Optional.of(loose.get(0)) : Optional.empty();
  }

  /**
   * True when a scanned RoleBinding or ClusterRoleBinding names the account as a subject: someone
   * gave it API permissions, so its pods are meant to call the API. A subject without a namespace
   * counts for its RoleBinding's namespace; when the pod's manifest names no namespace ({@code
   * namespace} is null), a subject in any namespace counts, as both land wherever they are applied.
   */
  public static boolean isBound(Inventory inventory, String namespace, String account) {
    BoundAccounts bound = inventory.derived(BOUND_ACCOUNTS);
    return namespace == null
        ? bound.names().contains(account)
        : bound.qualified().contains(namespace + "/" + account)
            || bound.anyNamespace().contains(account);
  }

  /**
   * The ServiceAccount subjects of every binding, built once per inventory.
   *
   * @param qualified {@code namespace/name} of subjects whose namespace is known
   * @param anyNamespace names of subjects whose namespace is not (a ClusterRoleBinding subject
   *     written without one, or a RoleBinding without a namespace of its own)
   * @param names every subject's name, for pods whose own namespace is not known
   */
  private record BoundAccounts(
      Set<String> qualified, Set<String> anyNamespace, Set<String> names) {}

  private static final Inventory.Derived<BoundAccounts> BOUND_ACCOUNTS =
      inventory -> {
        Set<String> qualified = new HashSet<>();
        Set<String> anyNamespace = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (String kind : List.of("RoleBinding", "ClusterRoleBinding")) {
          for (Resource binding : inventory.ofKind(kind)) {
            for (JsonNode subject : binding.object().path("subjects").values()) {
              Optional<String> name = JsonValues.string(subject.path("name"));
              boolean account =
                  JsonValues.string(subject.path("kind"))
                      .filter("ServiceAccount"::equals)
                      .isPresent();
              if (name.isEmpty() || !account) {
                continue;
              }
              names.add(name.get());
              Optional<String> namespace =
                  JsonValues.string(subject.path("namespace"))
                      .filter(n -> !n.isEmpty())
                      .or(
                          () ->
                              kind.equals("RoleBinding")
                                  ? Optional.ofNullable(binding.namespace())
                                  : Optional.empty());
              namespace.ifPresentOrElse(
                  n -> qualified.add(n + "/" + name.get()), () -> anyNamespace.add(name.get()));
            }
          }
        }
        return new BoundAccounts(
            Set.copyOf(qualified), Set.copyOf(anyNamespace), Set.copyOf(names));
      };
}
