package dev.bulwark.checks.controlplane;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The cluster-wide Pod Security admission settings: a {@code PodSecurityConfiguration} inline in
 * the API server's {@code AdmissionConfiguration} (plugin {@code PodSecurity}) or in a file of its
 * own. Its {@code defaults} apply to namespaces without {@code pod-security.kubernetes.io} labels;
 * its {@code exemptions} skip users, runtime classes and namespaces entirely.
 *
 * @param resource the file it is in
 * @param pointer where the PodSecurityConfiguration starts in it
 */
public record PodSecurityAdmissionConfig(Resource resource, JsonPointer pointer) {
  private static final String GROUP = "pod-security.admission.config.k8s.io";

  /** The configuration in an AdmissionConfiguration or PodSecurityConfiguration file, if any. */
  public static Optional<PodSecurityAdmissionConfig> in(Resource resource) {
    if (resource.kind().equals("PodSecurityConfiguration")
        && resource.ref().group().equals(GROUP)) {
      return Optional.of(new PodSecurityAdmissionConfig(resource, JsonPointer.ROOT));
    }
    if (!resource.kind().equals("AdmissionConfiguration")) {
      return Optional.empty();
    }
    JsonNode plugins = resource.object().path("plugins");
    for (int i = 0; i < plugins.size(); i++) {
      JsonNode plugin = plugins.get(i);
      if (plugin.path("name").asString("").equals("PodSecurity")
          && plugin.path("configuration").isObject()) {
        return Optional.of(
            new PodSecurityAdmissionConfig(
                resource, JsonPointer.of("plugins", Integer.toString(i), "configuration")));
      }
    }
    return Optional.empty();
  }

  /** A field of the configuration, e.g. {@code field("defaults", "enforce")}. */
  public JsonPointer field(String... path) {
    return pointer.append(path);
  }

  public JsonNode at(String... path) {
    return resource.at(field(path));
  }

  /** The level enforced in namespaces without labels: {@code privileged} unless configured. */
  public String defaultEnforceLevel() {
    return at("defaults", "enforce").asString("privileged");
  }

  /** The nearest present pointer to {@code path}: where a missing setting would be added. */
  public JsonPointer nearest(String... path) {
    JsonPointer p = field(path);
    while (!p.equals(pointer) && !resource.sourceMap().has(p)) {
      p = p.parent();
    }
    return p;
  }
}
