package dev.bulwark.analysis.rbac;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads Roles, ClusterRoles and their bindings out of manifests. */
public final class RbacObjects {
  /** The kinds this package reads. */
  public static final Set<String> KINDS =
      Set.of(
          RbacRef.ROLE, RbacRef.CLUSTER_ROLE, RbacRef.ROLE_BINDING, RbacRef.CLUSTER_ROLE_BINDING);

  private static final String GROUP = "rbac.authorization.k8s.io";

  private RbacObjects() {}

  /** True for objects of the RBAC API group that this package understands. */
  public static boolean isRbac(Resource r) {
    return KINDS.contains(r.kind()) && r.ref().group().equals(GROUP);
  }

  /** The reference of an RBAC object, its namespace defaulted for the namespaced kinds. */
  public static RbacRef refOf(Resource r, String defaultNamespace) {
    boolean namespaced = r.kind().equals(RbacRef.ROLE) || r.kind().equals(RbacRef.ROLE_BINDING);
    String ns = r.namespace() == null || r.namespace().isEmpty() ? defaultNamespace : r.namespace();
    return new RbacRef(r.kind(), namespaced ? ns : null, r.name());
  }

  /** A Role or ClusterRole. */
  public static Role role(Resource r, String defaultNamespace) {
    RbacRef ref = refOf(r, defaultNamespace);
    List<SourcedRule> rules = new ArrayList<>();
    JsonNode list = r.object().path("rules");
    for (int i = 0; i < list.size(); i++) {
      JsonPointer pointer = JsonPointer.of("rules", Integer.toString(i));
      rules.add(new SourcedRule(PolicyRule.fromJson(list.get(i)), ref, pointer, r));
    }
    List<LabelSelector> aggregation = null;
    JsonNode rule = r.object().path("aggregationRule");
    if (ref.kind().equals(RbacRef.CLUSTER_ROLE) && rule.isObject()) {
      aggregation = new ArrayList<>();
      for (JsonNode selector : rule.path("clusterRoleSelectors")) {
        aggregation.add(LabelSelector.fromJson(selector));
      }
    }
    return new Role(ref, r.labels(), rules, aggregation, r);
  }

  /** A RoleBinding or ClusterRoleBinding. */
  public static Binding binding(Resource r, String defaultNamespace) {
    JsonNode roleRef = r.object().path("roleRef");
    List<Subject> subjects = new ArrayList<>();
    for (JsonNode s : r.object().path("subjects")) {
      String ns = s.path("namespace").asString("");
      subjects.add(
          new Subject(
              s.path("kind").asString(""), s.path("name").asString(""), ns.isEmpty() ? null : ns));
    }
    return new Binding(
        refOf(r, defaultNamespace),
        roleRef.path("kind").asString(""),
        roleRef.path("name").asString(""),
        subjects,
        r);
  }
}
