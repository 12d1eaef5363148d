package dev.bulwark.analysis.rbac;

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
import java.util.TreeSet;

/**
 * Every Role, ClusterRole and binding of a set of manifests, with aggregation applied, answering
 * questions the way the RBAC authorizer would: ClusterRoleBindings reach everything, RoleBindings
 * only requests in their own namespace, no deny rules, {@code system:masters} always allowed.
 * Immutable and safe to share between threads.
 */
public final class RbacModel {
  private final RbacOptions options;
  private final Map<RbacRef, Role> roles;
  private final Map<RbacRef, List<SourcedRule>> effectiveRules;
  private final Map<RbacRef, List<RbacRef>> aggregatorsByOrigin;
  private final List<Binding> bindings;
  private final List<Binding> clusterBindings;
  private final Map<String, List<Binding>> roleBindingsByNamespace;
  private final Map<Binding, Role> resolved;
  private final Map<RbacRef, Binding> bindingsByRef;
  private final Map<RbacRef, List<Binding>> bindingsByRole;
  private final Map<String, List<BoundSubject>> bySubjectKey;
  private final List<RbacIssue> issues;

  /** Stands for "no rule of this role allows it" in per-query memos. */
  private static final SourcedRule NO_RULE =
      new SourcedRule(PolicyRule.of(List.of(), List.of(), List.of()), RbacRef.clusterRole(""), dev.bulwark.api.JsonPointer.ROOT, null);

  /** A binding's subject at an index: the unit the subject index holds. */
  private record BoundSubject(Binding binding, int index) {}

  private RbacModel(RbacOptions options, List<Role> roleList, List<Binding> bindingList, List<RbacIssue> found) {
    this.options = options;
    Map<RbacRef, Role> roleMap = new LinkedHashMap<>();
    for (Role r : roleList) {
      roleMap.putIfAbsent(r.ref(), r);
    }
    this.roles = roleMap;
    this.effectiveRules = Aggregation.effectiveRules(roleMap.values());
    Map<RbacRef, List<RbacRef>> aggregators = new HashMap<>();
    for (Role r : roleMap.values()) {
      if (r.isAggregated()) {
        rulesOf(r.ref()).stream().map(SourcedRule::origin).distinct()
            .forEach(origin -> aggregators.computeIfAbsent(origin, k -> new ArrayList<>()).add(r.ref()));
      }
    }
    this.aggregatorsByOrigin = aggregators;
    this.bindings = List.copyOf(bindingList);
    Map<RbacRef, Binding> byRef = new HashMap<>();
    bindings.forEach(b -> byRef.putIfAbsent(b.ref(), b));
    this.bindingsByRef = byRef;
    List<RbacIssue> problems = new ArrayList<>(found);
    List<Binding> cluster = new ArrayList<>();
    Map<String, List<Binding>> byNamespace = new HashMap<>();
    Map<Binding, Role> roleOf = new HashMap<>();
    Map<RbacRef, List<Binding>> byRole = new HashMap<>();
    Map<String, List<BoundSubject>> subjects = new HashMap<>();
    for (Binding b : bindings) {
      if (b.isClusterWide()) {
        cluster.add(b);
      } else {
        byNamespace.computeIfAbsent(b.namespace(), k -> new ArrayList<>()).add(b);
      }
      RbacRef ref = b.roleRef();
      Role role = ref == null ? null : roleMap.get(ref);
      if (ref == null) {
        problems.add(new RbacIssue(RbacIssue.Kind.UNSUPPORTED_ROLE_REF, b.ref(),
            b.ref() + " refers to a " + (b.roleKind().isEmpty() ? "role without a kind" : b.roleKind())
                + " \"" + b.roleName() + "\", which the authorizer cannot resolve: it grants nothing"));
      } else if (role == null) {
        problems.add(new RbacIssue(RbacIssue.Kind.DANGLING_ROLE_REF, b.ref(), danglingMessage(b, ref)));
      } else {
        roleOf.put(b, role);
        byRole.computeIfAbsent(ref, k -> new ArrayList<>()).add(b);
      }
      for (int i = 0; i < b.subjects().size(); i++) {
        String key = subjectKey(b.effectiveSubject(i));
        if (key == null) {
          problems.add(new RbacIssue(RbacIssue.Kind.UNMATCHABLE_SUBJECT, b.ref(),
              b.ref() + " subject " + i + " (" + b.subjects().get(i) + ") can never match"
                  + (b.subjects().get(i).isServiceAccount() ? ": a ServiceAccount in a ClusterRoleBinding needs a namespace" : "")));
        } else {
          subjects.computeIfAbsent(key, k -> new ArrayList<>()).add(new BoundSubject(b, i));
        }
      }
    }
    this.clusterBindings = List.copyOf(cluster);
    byNamespace.replaceAll((k, v) -> List.copyOf(v));
    this.roleBindingsByNamespace = byNamespace;
    this.resolved = roleOf;
    this.bindingsByRole = byRole;
    this.bySubjectKey = subjects;
    problems.sort(Comparator.naturalOrder());
    this.issues = List.copyOf(problems);
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
        issues.add(new RbacIssue(RbacIssue.Kind.DUPLICATE, ref,
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
    return bindings;
  }

  public Optional<Role> role(RbacRef ref) {
    return Optional.ofNullable(roles.get(ref));
  }

  /** The role's rules as the authorizer sees them (aggregation applied). */
  public List<SourcedRule> rulesOf(RbacRef role) {
    return effectiveRules.getOrDefault(role, List.of());
  }

  public Optional<Binding> binding(RbacRef ref) {
    return Optional.ofNullable(bindingsByRef.get(ref));
  }

  /** The role a binding refers to, or empty when it dangles. */
  public Optional<Role> roleOf(Binding binding) {
    return Optional.ofNullable(resolved.get(binding));
  }

  /** Bindings that refer to a role directly. */
  public List<Binding> bindingsOf(RbacRef role) {
    return bindingsByRole.getOrDefault(role, List.of());
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
    return new TreeSet<>(roleBindingsByNamespace.keySet());
  }

  /** ClusterRoleBindings, then RoleBindings of the request's namespace: the authorizer's order. */
  public List<Binding> bindingsInScope(String namespace) {
    if (namespace == null || namespace.isEmpty()) {
      return clusterBindings;
    }
    List<Binding> out = new ArrayList<>(clusterBindings);
    out.addAll(roleBindingsByNamespace.getOrDefault(namespace, List.of()));
    return out;
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
   * Decides a request for an identity and lists every binding that allows it (the authorizer
   * stops at the first; listing them all shows what would have to go).
   */
  public Decision authorize(Identity identity, Request request) {
    Map<Binding, Integer> firstSubject = new LinkedHashMap<>();
    for (String key : keysOf(identity)) {
      for (BoundSubject bs : bySubjectKey.getOrDefault(key, List.of())) {
        firstSubject.merge(bs.binding(), bs.index(), Math::min);
      }
    }
    List<Grant> grants = new ArrayList<>();
    for (Map.Entry<Binding, Integer> e : firstSubject.entrySet()) {
      Binding b = e.getKey();
      if (!inScope(b, request.namespace())) {
        continue;
      }
      Role role = resolved.get(b);
      if (role == null) {
        continue;
      }
      allowingRule(role.ref(), request)
          .ifPresent(rule -> grants.add(new Grant(b, e.getValue(), role.ref(), rule)));
    }
    grants.sort(Comparator.comparing((Grant g) -> g.binding().ref()));
    return new Decision(identity.isPrivileged() || !grants.isEmpty(), identity.isPrivileged(), grants);
  }

  /** Every subject allowed to make the request, with the bindings that allow it. */
  public List<SubjectAccess> whoCan(Request request) {
    return collect(bindingsInScope(request.namespace()), request, false);
  }

  /**
   * Every subject allowed to make the request in at least one namespace (or cluster-wide): each
   * RoleBinding is asked about its own namespace.
   */
  public List<SubjectAccess> whoCanInAnyNamespace(Request request) {
    // Non-resource requests never carry a namespace, so RoleBindings cannot grant them.
    return collect(request.isResourceRequest() ? bindings : clusterBindings, request, true);
  }

  private List<SubjectAccess> collect(List<Binding> scope, Request request, boolean eachOwnNamespace) {
    Map<Subject, List<Grant>> found = new HashMap<>();
    // Rules never look at the namespace (only bindings do), so one answer per role serves all.
    Map<Role, SourcedRule> allowing = new IdentityHashMap<>();
    for (Binding b : scope) {
      Role role = resolved.get(b);
      if (role == null || !eachOwnNamespace && !inScope(b, request.namespace())) {
        continue;
      }
      SourcedRule rule = allowing.computeIfAbsent(role, r -> allowingRule(r.ref(), request).orElse(NO_RULE));
      if (rule == NO_RULE) {
        continue;
      }
      for (int i = 0; i < b.subjects().size(); i++) {
        Subject s = b.effectiveSubject(i);
        if (canMatch(s)) {
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

  /** Users, groups and ServiceAccounts with a namespace; other kinds never match. */
  private static boolean canMatch(Subject s) {
    return switch (s.kind()) {
      case Subject.USER, Subject.GROUP -> true;
      case Subject.SERVICE_ACCOUNT -> s.namespace() != null && !s.namespace().isEmpty();
      default -> false;
    };
  }

  /** Every grant an identity holds: each applicable binding with each rule of its role. */
  public List<Grant> grantsOf(Identity identity) {
    Map<Binding, Integer> firstSubject = new LinkedHashMap<>();
    for (String key : keysOf(identity)) {
      for (BoundSubject bs : bySubjectKey.getOrDefault(key, List.of())) {
        firstSubject.merge(bs.binding(), bs.index(), Math::min);
      }
    }
    List<Grant> out = new ArrayList<>();
    firstSubject.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(Binding::ref)))
        .forEach(e -> {
          Role role = resolved.get(e.getKey());
          if (role != null) {
            for (SourcedRule rule : rulesOf(role.ref())) {
              out.add(new Grant(e.getKey(), e.getValue(), role.ref(), rule));
            }
          }
        });
    return out;
  }

  /** The bindings naming a subject exactly (not through groups). */
  public List<Grant> grantsNaming(Subject subject) {
    List<Grant> out = new ArrayList<>();
    String key = subjectKey(subject);
    for (BoundSubject bs : bySubjectKey.getOrDefault(key, List.of())) {
      Role role = resolved.get(bs.binding());
      if (role != null && bs.binding().effectiveSubject(bs.index()).equals(subject)) {
        for (SourcedRule rule : rulesOf(role.ref())) {
          out.add(new Grant(bs.binding(), bs.index(), role.ref(), rule));
        }
      }
    }
    return out;
  }

  private static boolean inScope(Binding b, String requestNamespace) {
    return b.isClusterWide() || b.namespace().equals(requestNamespace);
  }

  /**
   * Index key of a subject: users and ServiceAccounts by the user name they match (the authorizer
   * compares user names), groups by name; {@code null} when it can never match.
   */
  private static String subjectKey(Subject s) {
    return switch (s.kind()) {
      case Subject.USER -> "u:" + s.name();
      case Subject.GROUP -> "g:" + s.name();
      case Subject.SERVICE_ACCOUNT -> {
        String user = s.serviceAccountUserName();
        yield user == null ? null : "u:" + user;
      }
      default -> null;
    };
  }

  private static List<String> keysOf(Identity identity) {
    List<String> keys = new ArrayList<>();
    if (identity.name() != null) {
      keys.add("u:" + identity.name());
    }
    for (String g : identity.groups()) {
      keys.add("g:" + g);
    }
    return keys;
  }

  private String danglingMessage(Binding b, RbacRef ref) {
    String hint = "";
    if (options.defaults() == RbacOptions.Defaults.NONE
        && BootstrapPolicy.get().roles().stream().anyMatch(r -> r.ref().equals(ref))) {
      hint = "; it is a built-in role of every cluster (resolved unless only the manifests are asked about)";
    }
    return b.ref() + " refers to " + ref + ", which does not exist: it grants nothing until someone"
        + " creates it" + hint;
  }
}
