package dev.bulwark.checks.controlplane;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * An API server {@code EncryptionConfiguration} ({@code apiserver.config.k8s.io/v1}): entries of
 * resources and the providers that store them. The first provider of an entry encrypts what is
 * written; the others only decrypt. Entries are searched in order and the first one that names a
 * resource (exactly, or by {@code *.group}, {@code *.} for the core group, {@code *.*}) wins.
 *
 * @param resource the loaded file
 * @param entries its {@code resources} entries in order
 */
public record EncryptionConfiguration(Resource resource, List<Entry> entries) {

  /**
   * One provider of an entry: {@code identity}, {@code aescbc}, {@code aesgcm}, {@code secretbox},
   * {@code kms}.
   */
  public record Provider(String type, JsonNode config, JsonPointer pointer) {

    /** For {@code kms}: {@code v1} (the default) or {@code v2}. */
    public String kmsApiVersion() {
      return config.path("apiVersion").asString("v1");
    }
  }

  /**
   * One {@code resources} entry.
   *
   * @param resources the resources it names, as written
   * @param providers its providers in order
   * @param pointer where it is in the file
   */
  public record Entry(List<String> resources, List<Provider> providers, JsonPointer pointer) {

    /** The provider that encrypts new writes, if the entry lists any. */
    public Optional<Provider> writer() {
      return providers.isEmpty() ? Optional.empty() : Optional.of(providers.get(0));
    }

    /** True when the entry applies to a resource of a group ({@code ""} for the core group). */
    public boolean covers(String resourceName, String group) {
      String qualified = group.isEmpty() ? resourceName : resourceName + "." + group;
      for (String r : resources) {
        if (r.equals("*.*")
            || r.equals(qualified)
            || (group.isEmpty() && (r.equals(resourceName + ".") || r.equals("*.")))
            || (!group.isEmpty() && r.equals("*." + group))) {
          return true;
        }
      }
      return false;
    }
  }

  /** True for an {@code EncryptionConfiguration} of {@code apiserver.config.k8s.io}. */
  public static boolean isEncryptionConfiguration(Resource resource) {
    return resource.kind().equals("EncryptionConfiguration")
        && resource.ref().group().equals("apiserver.config.k8s.io");
  }

  /** Reads the entries; malformed parts are skipped (the API server would refuse to start). */
  public static EncryptionConfiguration of(Resource resource) {
    List<Entry> entries = new ArrayList<>();
    JsonNode list = resource.object().path("resources");
    for (int i = 0; i < list.size(); i++) {
      JsonPointer entryPointer = JsonPointer.of("resources", Integer.toString(i));
      JsonNode entry = list.get(i);
      List<String> names = new ArrayList<>();
      entry.path("resources").forEach(n -> names.add(n.asString("")));
      List<Provider> providers = new ArrayList<>();
      JsonNode providerList = entry.path("providers");
      for (int p = 0; p < providerList.size(); p++) {
        JsonNode provider = providerList.get(p);
        if (provider.isObject() && !provider.isEmpty()) {
          Map.Entry<String, JsonNode> only = provider.properties().iterator().next();
          JsonPointer pointer =
              entryPointer.append("providers", Integer.toString(p), only.getKey());
          providers.add(new Provider(only.getKey(), only.getValue(), pointer));
        }
      }
      entries.add(new Entry(List.copyOf(names), List.copyOf(providers), entryPointer));
    }
    return new EncryptionConfiguration(resource, List.copyOf(entries));
  }

  /** The entry that decides how a resource is stored, if any names it. */
  public Optional<Entry> entryFor(String resourceName, String group) {
    return entries.stream().filter(e -> e.covers(resourceName, group)).findFirst();
  }
}
