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
 * Custom resources whose operators create a Secret, so that manifests hold the recipe and not the
 * Secret: cert-manager Certificates ({@code spec.secretName}), Sealed Secrets (the Secret takes the
 * SealedSecret's name) and External Secrets ({@code spec.target.name}, else its own name).
 */
final class SecretProducers {
  /** Produced Secret names by namespace, built once per inventory. */
  private static final Inventory.Derived<Map<String, Set<String>>> BY_NAMESPACE =
      inventory -> {
        Map<String, Set<String>> names = new HashMap<>();
        for (Resource r : inventory.all()) {
          produced(r).ifPresent(n -> names.computeIfAbsent(Namespaces.of(r), k -> new TreeSet<>()).add(n));
        }
        names.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(names);
      };

  private SecretProducers() {}

  /** The names of the Secrets the scanned custom resources will create in a namespace. */
  static Set<String> secretNames(Inventory inventory, String namespace) {
    return inventory.derived(BY_NAMESPACE).getOrDefault(namespace, Set.of());
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
