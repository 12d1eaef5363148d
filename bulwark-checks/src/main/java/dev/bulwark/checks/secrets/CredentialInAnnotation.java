package dev.bulwark.checks.secrets;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flags annotations, of the object and of its pod template, whose value holds a known-format
 * credential. {@code kubectl.kubernetes.io/last-applied-configuration} is scanned too: it is a copy
 * of the applied manifest, and on a Secret it copies {@code data} and {@code stringData} into
 * metadata. Such an annotation is reported once, saying which keys it copies.
 *
 * <p>Medium, below the other credential checks: annotations are read by fewer people than env or
 * args, and for Secrets the copy sits next to the data it copies. Only known formats count here;
 * annotation names are too varied to judge by name.
 */
@CheckInfo(
    id = "credential-in-annotation",
    summary = "Annotation holds a credential",
    description =
        "Annotations are metadata: they are returned by list calls and metadata-only watches that"
            + " many controllers, dashboards and backup tools make, printed by kubectl describe,"
            + " and kept in audit logs. A credential there is readable by anyone who can read the"
            + " object's metadata, even without access to its data. kubectl apply stores the whole"
            + " applied manifest in last-applied-configuration, so a Secret applied with"
            + " client-side apply carries a second, unguarded copy of its data.",
    severity = Severity.MEDIUM,
    category = Category.SECRETS,
    remediation =
        "Move the credential into a Secret and remove it from the annotation; apply Secrets with"
            + " server-side apply (kubectl apply --server-side) or kubectl create, which do not"
            + " write last-applied-configuration, and rotate what was exposed.",
    frameworks = {"MITRE:T1552", "NSA:secrets"})
public final class CredentialInAnnotation implements Check {
  static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final CredentialDetector detector = CredentialDetector.defaults();

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<JsonPointer> metadata = new ArrayList<>(List.of(JsonPointer.of("metadata")));
    Workloads.podSpec(resource)
        .map(PodSpecRef::metadataPointer)
        .filter(p -> !metadata.contains(p))
        .ifPresent(metadata::add);
    List<Violation> violations = new ArrayList<>();
    for (JsonPointer where : metadata) {
      JsonPointer annotations = where.append("annotations");
      for (Map.Entry<String, String> a : Resource.stringMap(resource.at(annotations)).entrySet()) {
        Optional<String> problem =
            a.getKey().equals(LAST_APPLIED)
                ? lastApplied(resource, a.getValue())
                : detector
                    .find(a.getValue())
                    .map(m -> "holds what looks like " + m.format().description());
        problem.ifPresent(
            p ->
                violations.add(
                    Violation.at(
                        annotations.append(a.getKey()), "annotation %s %s", a.getKey(), p)));
      }
    }
    return violations;
  }

  private Optional<String> lastApplied(Resource resource, String value) {
    if (resource.kind().equals("Secret")) {
      TreeSet<String> keys = new TreeSet<>();
      JsonNode applied = parse(value);
      for (String field : List.of("data", "stringData")) {
        keys.addAll(Resource.stringMap(applied.path(field)).keySet());
      }
      if (!keys.isEmpty()) {
        return Optional.of(
            "holds a copy of this Secret's data (keys " + String.join(", ", keys) + ")");
      }
    }
    return detector
        .find(value)
        .map(
            m ->
                "holds what looks like "
                    + m.format().description()
                    + " in its copy of the applied manifest");
  }

  private static JsonNode parse(String json) {
    try {
      JsonNode tree = JSON.readTree(json);
      return tree == null ? JSON.missingNode() : tree;
    } catch (JacksonException e) {
      return JSON.missingNode();
    }
  }
}
