package dev.bulwark.analysis.rbac;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every Role, ClusterRole and binding of a set of manifests, with aggregation applied, answering
 * questions the way the RBAC authorizer would: ClusterRoleBindings reach everything, RoleBindings
 * only requests in their own namespace, no deny rules, {@code system:masters} always allowed.
 * Immutable and safe to share between threads.
 */
public final class RbacModel {
  /** Stands for "no rule of this role allows it" in per-query memos. */
  private static final SourcedRule NO_RULE =
      new SourcedRule(
          PolicyRule.of(List.of(), List.of(), List.of()),
          RbacRef.clusterRole(""),
          JsonPointer.ROOT,
          null);

  private final RbacOptions options;
  private final Map<RbacRef, Role> roles;
  private final Map<RbacRef, List<SourcedRule>> effectiveRules;
  private final Map<RbacRef, List<RbacRef>> aggregatorsByOrigin = new HashMap<>();
  private final BindingIndex index;
  private final List<RbacIssue> issues;

  private RbacModel(
      RbacOptions options, List<Role> roleList, List<Binding> bindings, List<RbacIssue> found) {
    this.options = options;
    Map<RbacRef, Role> roleMap = new LinkedHashMap<>();
    for (Role r : roleList) {
      roleMap.putIfAbsent(r.ref(), r);
    }
    this.roles = roleMap;
    this.effectiveRules = Aggregation.effectiveRules(roleMap.values());
    for (Role r : roleMap.values()) {
      if (r.isAggregated()) {
        rulesOf(r.ref()).stream()
            .map(SourcedRule::origin)
            .distinct()
            .forEach(
                origin ->
                    aggregatorsByOrigin
                        .computeIfAbsent(origin, k -> new ArrayList<>())
                        .add(r.ref()));
      }
    }
    this.index = new BindingIndex(bindings, roleMap, options);
    List<RbacIssue> all = new ArrayList<>(found);
    all.addAll(index.issues());
    all.sort(Comparator.naturalOrder());
    this.issues = List.copyOf(all);
  }

  /** Builds a model from manifests; objects that are not RBAC objects are ignored. */
  public static RbacModel build(Collection<Resource> resources, RbacOptions options) {
    List<Role> roles = new ArrayList<>();
    List<Binding> bindings = new ArrayList<>();
    List<RbacIssue> issues = new ArrayList<>();
    Set<RbacRef> seen = new java.util.HashSet<>();
    for (Resource r : resources) {
      if (!RbacObjects.isRbac(r)) {
        continue;
      }
      RbacRef ref = RbacObjects.refOf(r, options.defaultNamespace());
      if (!seen.add(ref)) {
        issues.add(
            new RbacIssue(
                RbacIssue.Kind.DUPLICATE,
                ref,
                ref + " appears again in " + r.file() + "; the first copy counts"));
        continue;
      }
      if (ref.kind().endsWith("Binding")) {
        bindings.add(RbacObjects.binding(r, options.defaultNamespace()));
      } else {
        roles.add(RbacObjects.role(r, options.defaultNamespace()));
      }
    }
    if (options.defaults() != RbacOptions.Defaults.NONE) {
      BootstrapPolicy policy = BootstrapPolicy.get();
      for (Role role : policy.roles()) {
        if (seen.add(role.ref())) {
          roles.add(role);
        }
      }
      if (options.defaults() == RbacOptions.Defaults.ROLES_AND_BINDINGS) {
        for (Binding binding : policy.bindings()) {
          if (seen.add(binding.ref())) {
            bindings.add(binding);
          }
        }
      }
    }
    return new RbacModel(options, roles, bindings, issues);
  }

  /** Builds a model straight from roles and bindings (tests, benchmarks). */
  public static RbacModel of(List<Role> roles, List<Binding> bindings) {
    return new RbacModel(RbacOptions.manifestsOnly(), roles, bindings, List.of());
  }

  public RbacOptions options() {
    return options;
  }

  /** Every role, manifests first, in load order. */
  public Collection<Role> roles() {
    return roles.values();
  }

  /** Every binding, manifests first, in load order. */
  public List<Binding> bindings() {
    return index.all();
  }

  public Optional<Role> role(RbacRef ref) {
    return Optional.ofNullable(roles.get(ref));
  }

  /** The role's rules as the authorizer sees them (aggregation applied). */
  public List<SourcedRule> rulesOf(RbacRef role) {
    return effectiveRules.getOrDefault(role, List.of());
  }

  public Optional<Binding> binding(RbacRef ref) {
    return Optional.ofNullable(index.byRef(ref));
  }

  /** The role a binding refers to, or empty when it dangles. */
  public Optional<Role> roleOf(Binding binding) {
    return Optional.ofNullable(index.roleOf(binding));
  }

  /** Bindings that refer to a role directly. */
  public List<Binding> bindingsOf(RbacRef role) {
    return index.bindingsOf(role);
  }

  /** Aggregating ClusterRoles whose effective rules include rules from {@code role}. */
  public List<RbacRef> aggregatorsOf(RbacRef role) {
    return aggregatorsByOrigin.getOrDefault(role, List.of());
  }

  /** Dangling references, unmatchable subjects, duplicates. */
  public List<RbacIssue> issues() {
    return issues;
  }

  /** Namespaces that have RoleBindings. */
  public Set<String> bindingNamespaces() {
    return index.namespaces();
  }

  /** The first rule of the role that allows the request, if any. */
  public Optional<SourcedRule> allowingRule(RbacRef role, Request request) {
    for (SourcedRule rule : rulesOf(role)) {
      if (RuleMatcher.allows(rule.rule(), request)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * Decides a request for an identity and lists every binding that allows it (the authorizer stops
   * at the first; listing them all shows what would have to go).
   */
  public Decision authorize(Identity identity, Request request) {
    List<Grant> grants = new ArrayList<>();
    for (Map.Entry<Binding, Integer> e : index.applyingTo(identity).entrySet()) {
      Binding b = e.getKey();
      if (!BindingIndex.reaches(b, request.namespace())) {
        continue;
      }
      Role role = index.roleOf(b);
      if (role == null) {
        continue;
      }
      allowingRule(role.ref(), request)
          .ifPresent(rule -> grants.add(new Grant(b, e.getValue(), role.ref(), rule)));
    }
    grants.sort(Comparator.comparing((Grant g) -> g.binding().ref()));
    return new Decision(
        identity.isPrivileged() || !grants.isEmpty(), identity.isPrivileged(), grants);
  }

  /** Every subject allowed to make the request, with the bindings that allow it. */
  public List<SubjectAccess> whoCan(Request request) {
    return collect(index.inScope(request.namespace()), request, false);
  }

  /**
   * Every subject allowed to make the request in at least one namespace (or cluster-wide): each
   * RoleBinding is asked about its own namespace.
   */
  public List<SubjectAccess> whoCanInAnyNamespace(Request request) {
    // Non-resource requests never carry a namespace, so RoleBindings cannot grant them.
    return collect(request.isResourceRequest() ? index.all() : index.clusterWide(), request, true);
  }

  private List<SubjectAccess> collect(
      List<Binding> scope, Request request, boolean eachOwnNamespace) {
    Map<Subject, List<Grant>> found = new HashMap<>();
    // Rules never look at the namespace (only bindings do), so one answer per role serves all.
    Map<Role, SourcedRule> allowing = new IdentityHashMap<>();
    for (Binding b : scope) {
      Role role = index.roleOf(b);
      if (role == null || !eachOwnNamespace && !BindingIndex.reaches(b, request.namespace())) {
        continue;
      }
      SourcedRule rule =
          allowing.computeIfAbsent(role, r -> allowingRule(r.ref(), request).orElse(NO_RULE));
      if (rule == NO_RULE) {
        continue;
      }
      for (int i = 0; i < b.subjects().size(); i++) {
        Subject s = b.effectiveSubject(i);
        if (BindingIndex.subjectKey(s) != null) {
          List<Grant> via = found.computeIfAbsent(s, k -> new ArrayList<>());
          if (via.isEmpty() || via.get(via.size() - 1).binding() != b) {
            via.add(new Grant(b, i, role.ref(), rule));
          }
        }
      }
    }
    List<SubjectAccess> out = new ArrayList<>();
    Subject masters = Subject.group(Identity.MASTERS);
    if (!found.containsKey(masters)) {
      out.add(new SubjectAccess(masters, true, List.of()));
    }
    found.forEach((s, via) -> out.add(new SubjectAccess(s, s.equals(masters), via)));
    out.sort(Comparator.comparing(SubjectAccess::subject));
    return out;
  }

  /** Every grant an identity holds: each applicable binding with each rule of its role. */
  public List<Grant> grantsOf(Identity identity) {
    List<Grant> out = new ArrayList<>();
    index.applyingTo(identity).entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(Binding::ref)))
        .forEach(
            e -> {
              Role role = index.roleOf(e.getKey());
              if (role != null) {
                for (SourcedRule rule : rulesOf(role.ref())) {
                  out.add(new Grant(e.getKey(), e.getValue(), role.ref(), rule));
                }
              }
            });
    return out;
  }
}
