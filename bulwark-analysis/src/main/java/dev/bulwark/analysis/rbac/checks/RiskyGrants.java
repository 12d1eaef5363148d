package dev.bulwark.analysis.rbac.checks;

import dev.bulwark.analysis.rbac.Binding;
import dev.bulwark.analysis.rbac.RbacAnalysis;
import dev.bulwark.analysis.rbac.RbacModel;
import dev.bulwark.analysis.rbac.RbacObjects;
import dev.bulwark.analysis.rbac.RbacRef;
import dev.bulwark.analysis.rbac.Role;
import dev.bulwark.analysis.rbac.SourcedRule;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckMetadata;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The body every risky-grant check shares. A grant is reported where its rule is written: on the
 * Role or ClusterRole (the rule's line, once per binding that hands it out, directly or through
 * aggregation), or on the binding's roleRef when the role is a built-in one the manifests do not
 * contain. Unbound roles give nothing: nobody holds them. Each finding names the holders, the
 * binding and the rule, and is graded by how far the binding reaches.
 */
final class RiskyGrants {
  private final GrantPattern pattern;
  private final String field;
  private final Severity base;
  private final boolean skipAdminRoles;

  private RiskyGrants(GrantPattern pattern, String field, Severity base, boolean skipAdminRoles) {
    this.pattern = pattern;
    this.field = field;
    this.base = base;
    this.skipAdminRoles = skipAdminRoles;
  }

  /**
   * The shared body for a check class: findings point at {@code field} of the rule ({@code
   * resources}, {@code verbs} or {@code apiGroups}). Roles that grant everything are left to
   * rbac-cluster-admin-binding, so one wildcard role does not light up every check.
   */
  static RiskyGrants of(Class<?> check, String field, GrantPattern pattern) {
    return new RiskyGrants(pattern, field, CheckMetadata.of(check).severity(), true);
  }

  List<Violation> find(Resource resource, CheckContext context) {
    if (!RbacObjects.isRbac(resource)) {
      return List.of();
    }
    RbacAnalysis analysis = RbacAnalysis.of(context.inventory());
    RbacModel model = analysis.model();
    RbacRef ref = RbacObjects.refOf(resource, model.options().defaultNamespace());
    List<Violation> out = new ArrayList<>();
    if (ref.kind().endsWith("Binding")) {
      model
          .binding(ref)
          .filter(b -> b.source() == resource)
          .ifPresent(b -> onBinding(b, analysis, out));
    } else {
      model
          .role(ref)
          .filter(r -> r.source() == resource && !r.isAggregated())
          .ifPresent(r -> onRole(r, analysis, out));
    }
    return out;
  }

  /** Rules written in this role, for each binding that hands them out. */
  private void onRole(Role role, RbacAnalysis analysis, List<Violation> out) {
    RbacModel model = analysis.model();
    List<RbacRef> bound = new ArrayList<>();
    bound.add(role.ref());
    bound.addAll(model.aggregatorsOf(role.ref()));
    for (RbacRef boundRole : bound) {
      List<SourcedRule> effective = model.rulesOf(boundRole);
      if (skipAdminRoles && grantsEverything(effective)) {
        continue;
      }
      for (Binding binding : model.bindingsOf(boundRole)) {
        if (binding.subjects().isEmpty()) {
          continue;
        }
        for (SourcedRule rule : effective) {
          if (!rule.origin().equals(role.ref())) {
            continue;
          }
          String what = pattern.match(rule.rule(), binding, effective);
          if (what != null) {
            out.add(
                violation(rule.pointer().append(field), what, binding, rule, boundRole, analysis));
            break;
          }
        }
      }
    }
  }

  /** Rules of a built-in role: the manifests hold only the binding, so that is where it shows. */
  private void onBinding(Binding binding, RbacAnalysis analysis, List<Violation> out) {
    RbacModel model = analysis.model();
    Role role = model.roleOf(binding).orElse(null);
    if (role == null || binding.subjects().isEmpty()) {
      return;
    }
    List<SourcedRule> effective = model.rulesOf(role.ref());
    if (skipAdminRoles && grantsEverything(effective)) {
      return;
    }
    for (SourcedRule rule : effective) {
      if (rule.inManifests()) {
        continue; // reported on the manifest role that carries it
      }
      String what = pattern.match(rule.rule(), binding, effective);
      if (what != null) {
        out.add(
            violation(
                JsonPointer.of("roleRef", "name"), what, binding, rule, role.ref(), analysis));
        return;
      }
    }
  }

  private Violation violation(
      JsonPointer pointer,
      String what,
      Binding binding,
      SourcedRule rule,
      RbacRef boundRole,
      RbacAnalysis analysis) {
    Reach reach = Reach.of(binding, analysis.power());
    String holders = Subjects.list(Subjects.of(binding));
    String note =
        (rule.origin().equals(boundRole) ? "" : ", aggregated into " + boundRole)
            + (rule.inManifests() ? "" : ", built in");
    String message =
        holders
            + " can "
            + what
            + " "
            + reach.text()
            + " through "
            + binding.ref()
            + " (rule "
            + rule.rule().compact()
            + " of "
            + rule.origin()
            + note
            + ")";
    return new Violation(pointer, message, reach.grade(base));
  }

  static boolean grantsEverything(List<SourcedRule> rules) {
    return rules.stream().anyMatch(r -> r.rule().isFullWildcard());
  }
}
