package dev.bulwark.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Which of the wanted kinds an API server serves, and in which version, from its discovery
 * documents ({@code /api/v1}, {@code /apis}, {@code /apis/GROUP/VERSION}) as kubectl reads them.
 *
 * <p>A group's preferred version wins when it serves the resource, then the group's other versions
 * in the server's order. A kind whose group or resource is not served (AdminNetworkPolicy, Istio
 * without Istio) is left out. When a group's discovery cannot be read (an aggregated API server
 * that is down answers 503), its kinds are kept as declared, so that listing them decides.
 */
final class ServedKinds {
  /**
   * The outcome.
   *
   * @param served kinds to list, in the wanted order, with the version the server prefers
   * @param notServed wanted kinds the server does not serve
   */
  record Resolution(List<ClusterKind> served, List<ClusterKind> notServed) {}

  /** A discovery document by path, or empty when the server would not give it. */
  private final Function<String, Optional<JsonNode>> discovery;

  private final Map<String, Optional<JsonNode>> documents = new HashMap<>();

  ServedKinds(Function<String, Optional<JsonNode>> discovery) {
    this.discovery = discovery;
  }

  /** Resolves the wanted kinds; with no group list at all, every kind is kept as declared. */
  Resolution resolve(List<ClusterKind> wanted) {
    Optional<JsonNode> groupList = document("/apis");
    if (groupList.isEmpty()) {
      return new Resolution(wanted, List.of());
    }
    Map<String, List<String>> versionsByGroup = versionsByGroup(groupList.get());
    List<ClusterKind> served = new ArrayList<>();
    List<ClusterKind> notServed = new ArrayList<>();
    for (ClusterKind kind : wanted) {
      List<String> versions =
          kind.group().isEmpty() ? List.of("v1") : versionsByGroup.getOrDefault(kind.group(), List.of());
      Optional<ClusterKind> resolved = servedVersion(kind, versions);
      if (resolved.isPresent()) {
        served.add(resolved.get());
      } else {
        notServed.add(kind);
      }
    }
    return new Resolution(served, notServed);
  }

  /** Each group's versions, the preferred one first. */
  private static Map<String, List<String>> versionsByGroup(JsonNode groupList) {
    Map<String, List<String>> versions = new LinkedHashMap<>();
    for (JsonNode group : groupList.path("groups")) {
      List<String> ordered = new ArrayList<>();
      String preferred = group.path("preferredVersion").path("version").asString("");
      if (!preferred.isEmpty()) {
        ordered.add(preferred);
      }
      for (JsonNode version : group.path("versions")) {
        String v = version.path("version").asString("");
        if (!v.isEmpty() && !ordered.contains(v)) {
          ordered.add(v);
        }
      }
      versions.put(group.path("name").asString(""), ordered);
    }
    return versions;
  }

  private Optional<ClusterKind> servedVersion(ClusterKind kind, List<String> versions) {
    boolean unknown = false;
    for (String version : versions) {
      Optional<JsonNode> resources =
          document(kind.group().isEmpty() ? "/api/" + version : "/apis/" + kind.group() + "/" + version);
      if (resources.isEmpty()) {
        unknown = true;
      } else if (serves(resources.get(), kind.plural())) {
        return Optional.of(kind.withVersion(version));
      }
    }
    // The group exists but its discovery failed: let the LIST itself tell.
    return unknown ? Optional.of(kind) : Optional.empty();
  }

  private static boolean serves(JsonNode resourceList, String plural) {
    for (JsonNode resource : resourceList.path("resources")) {
      if (plural.equals(resource.path("name").asString(""))) {
        return true;
      }
    }
    return false;
  }

  private Optional<JsonNode> document(String path) {
    return documents.computeIfAbsent(path, discovery);
  }
}
