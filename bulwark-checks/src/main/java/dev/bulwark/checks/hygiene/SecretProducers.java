package dev.bulwark.checks.hygiene;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.Resource;
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.Namespaces;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Objects that say a Secret will be created after deployment, so that manifests hold the recipe and
 * not the Secret: cert-manager Certificates ({@code spec.secretName}), Sealed Secrets (the Secret
 * takes the SealedSecret's name), External Secrets ({@code spec.target.name}, else its own name),
 * and Roles that let their subject create Secrets and name the ones it works with in {@code
 * resourceNames}: how controllers that generate their own Secret at start are granted it (Argo
 * CD's {@code argocd-redis}, MetalLB's {@code memberlist}).
 */
final class SecretProducers {
  /** Produced Secret names by namespace, built once per inventory. */
  private static final Inventory.Derived<Map<String, Set<String>>> BY_NAMESPACE =
      inventory -> {
        Map<String, Set<String>> names = new HashMap<>();
        for (Resource r : inventory.all()) {
          Set<String> made = new TreeSet<>(createdUnderRole(r));
          produced(r).ifPresent(made::add);
          if (!made.isEmpty()) {
            names.computeIfAbsent(Namespaces.of(r), k -> new TreeSet<>()).addAll(made);
          }
        }
        names.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(names);
      };

  private SecretProducers() {}

  /** The names of the Secrets the scanned objects say will be created in a namespace. */
  static Set<String> secretNames(Inventory inventory, String namespace) {
    return inventory.derived(BY_NAMESPACE).getOrDefault(namespace, Set.of());
  }

  /** The Secret names a Role mentions in resourceNames, if the same Role may create Secrets. */
  private static Set<String> createdUnderRole(Resource r) {
    if (!r.kind().equals("Role") || !r.ref().group().equals("rbac.authorization.k8s.io")) {
      return Set.of();
    }
    Set<String> named = new TreeSet<>();
    boolean creates = false;
    for (JsonNode rule : r.object().path("rules").values()) {
      if (!coversSecrets(rule)) {
        continue;
      }
      rule.path("resourceNames")
          .values()
          .forEach(n -> JsonValues.string(n).ifPresent(named::add));
      // RBAC cannot limit create to names, so only a rule without resourceNames lets it create.
      creates |= hasAny(rule.path("verbs"), "create", "*") && rule.path("resourceNames").isEmpty();
    }
    return creates ? named : Set.of();
  }

  private static boolean coversSecrets(JsonNode rule) {
    return hasAny(rule.path("apiGroups"), "", "*")
        && hasAny(rule.path("resources"), "secrets", "*");
  }

  private static boolean hasAny(JsonNode list, String... values) {
    for (JsonNode entry : list.values()) {
      for (String value : values) {
        if (JsonValues.string(entry).filter(value::equals).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<String> produced(Resource r) {
    JsonNode spec = r.object().path("spec");
    return switch (r.ref().group() + "/" + r.kind()) {
      case "cert-manager.io/Certificate" -> JsonValues.string(spec.path("secretName"));
      case "bitnami.com/SealedSecret" ->
          JsonValues.string(spec.path("template").path("metadata").path("name"))
              .or(() -> Optional.of(r.name()));
      case "external-secrets.io/ExternalSecret" ->
          JsonValues.string(spec.path("target").path("name")).or(() -> Optional.of(r.name()));
      default -> Optional.empty();
    };
  }
}
