package dev.bulwark.checks.image;

import java.util.List;
import java.util.Locale;

/**
 * The registries (and repository prefixes) images may come from, as configured by users.
 *
 * <p>An entry is a registry host, optionally with port ({@code registry.example.com:5000}), a
 * wildcard host ({@code *.dkr.ecr.eu-west-1.amazonaws.com}) or a repository prefix ({@code
 * ghcr.io/myorg/}, {@code ghcr.io/myorg}). Images are compared in their fully qualified form: an
 * image without a registry comes from {@code docker.io}, and a single-name Docker Hub image lives
 * under {@code library/}, so {@code nginx} is {@code docker.io/library/nginx}. {@code
 * index.docker.io} and {@code registry-1.docker.io} are the same registry as {@code docker.io}. A
 * prefix matches at path boundaries only: {@code ghcr.io/myorg} does not admit {@code
 * ghcr.io/myorg-evil/app}.
 */
public final class RegistryAllowList {
  private static final List<String> DOCKER_HUB_ALIASES =
      List.of("index.docker.io", "registry-1.docker.io");

  private final List<String> entries;

  private RegistryAllowList(List<String> entries) {
    this.entries = entries;
  }

  /** Parses trimmed, non-empty entries. */
  public static RegistryAllowList of(List<String> entries) {
    return new RegistryAllowList(entries.stream().map(RegistryAllowList::normalise).toList());
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** True when some entry admits the image. */
  public boolean allows(ImageReference image) {
    String name = qualifiedName(image);
    String registry = name.substring(0, name.indexOf('/'));
    for (String entry : entries) {
      int slash = entry.indexOf('/');
      String entryRegistry = slash < 0 ? entry : entry.substring(0, slash);
      boolean registryMatches =
          entryRegistry.startsWith("*.")
              ? registry.endsWith(entryRegistry.substring(1))
              : registry.equals(entryRegistry);
      if (!registryMatches) {
        continue;
      }
      String prefix = slash < 0 ? "" : entry.substring(slash + 1);
      String repository = name.substring(registry.length() + 1);
      if (prefix.isEmpty() || repository.equals(prefix) || repository.startsWith(prefix + "/")) {
        return true;
      }
    }
    return false;
  }

  /** {@code registry/repository} with Docker Hub's implicit parts made explicit. */
  static String qualifiedName(ImageReference image) {
    String registry = normaliseRegistry(image.registryOrDefault());
    String repository = image.repository();
    if (registry.equals(ImageReference.DEFAULT_REGISTRY) && !repository.contains("/")) {
      repository = "library/" + repository;
    }
    return registry + "/" + repository;
  }

  private static String normalise(String entry) {
    String e = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
    int slash = e.indexOf('/');
    String registry = normaliseRegistry(slash < 0 ? e : e.substring(0, slash));
    return slash < 0 ? registry : registry + e.substring(slash);
  }

  private static String normaliseRegistry(String registry) {
    String lower = registry.toLowerCase(Locale.ROOT);
    return DOCKER_HUB_ALIASES.contains(lower) ? ImageReference.DEFAULT_REGISTRY : lower;
  }
}
