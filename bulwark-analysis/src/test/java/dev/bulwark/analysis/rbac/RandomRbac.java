package dev.bulwark.analysis.rbac;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random RBAC objects, identities and requests over a small vocabulary, so that random picks
 * collide often: the same namespaces, names, wildcards, subresources, implicit groups, odd subject
 * kinds, dangling and unsupported role references.
 */
final class RandomRbac {
  static final List<String> NAMESPACES = List.of("a", "b", "c");
  static final List<String> VERBS =
      List.of("get", "list", "create", "impersonate", "bind", "*", "*");
  static final List<String> GROUPS = List.of("", "", "apps", "rbac.authorization.k8s.io", "*");
  static final List<String> RESOURCES =
      List.of(
          "pods",
          "pods/exec",
          "pods/log",
          "secrets",
          "deployments",
          "deployments/scale",
          "*/scale",
          "*",
          "pods/*",
          "namespaces",
          "nodes",
          "users",
          "groups",
          "serviceaccounts",
          "clusterroles");
  static final List<String> NAMES = List.of("x", "y", "system:masters");
  static final List<String> URLS =
      List.of("/metrics", "/healthz*", "*", "/api", "/api/*", "/healthz/etcd");
  static final List<String> PATHS =
      List.of(
          "/metrics", "/healthz", "/healthz/etcd", "/healthzfoo", "/api", "/api/v1", "/version");
  static final List<String> USERS =
      List.of("alice", "bob", "system:anonymous", "system:serviceaccount:a:sa1");
  static final List<String> GROUP_NAMES =
      List.of(
          "devs",
          "ops",
          "system:authenticated",
          "system:unauthenticated",
          "system:serviceaccounts",
          "system:serviceaccounts:a",
          "system:masters");
  static final List<String> ACCOUNTS = List.of("sa1", "sa2", "default");
  static final List<String> ROLE_NAMES = List.of("r1", "r2", "r3", "r4");

  private final Random random;

  RandomRbac(long seed) {
    this.random = new Random(seed);
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private List<String> some(List<String> values, int max) {
    List<String> out = new ArrayList<>();
    int n = 1 + random.nextInt(max);
    for (int i = 0; i < n; i++) {
      out.add(pick(values));
    }
    return out;
  }

  PolicyRule rule() {
    if (random.nextInt(8) == 0) {
      return PolicyRule.ofUrls(some(VERBS, 2), some(URLS, 2));
    }
    PolicyRule rule = PolicyRule.of(some(VERBS, 3), some(GROUPS, 2), some(RESOURCES, 3));
    return random.nextInt(4) == 0 ? rule.withNames(some(NAMES, 2)) : rule;
  }

  Role role(RbacRef ref) {
    List<SourcedRule> rules = new ArrayList<>();
    int n = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      rules.add(
          new SourcedRule(
              rule(), ref, dev.bulwark.api.JsonPointer.of("rules", Integer.toString(i)), null));
    }
    Map<String, String> labels =
        random.nextBoolean() ? Map.of("agg", pick(List.of("x", "y"))) : Map.of();
    List<LabelSelector> aggregation = null;
    if (ref.kind().equals(RbacRef.CLUSTER_ROLE) && random.nextInt(4) == 0) {
      aggregation = List.of(new LabelSelector(Map.of("agg", pick(List.of("x", "y"))), List.of()));
    }
    return new Role(ref, labels, rules, aggregation, null);
  }

  Subject subject() {
    return switch (random.nextInt(7)) {
      case 0, 1 -> Subject.user(pick(USERS));
      case 2, 3 -> Subject.group(pick(GROUP_NAMES));
      case 4 ->
          Subject.serviceAccount(null, pick(ACCOUNTS)); // namespace from the binding, or never
      case 5 -> Subject.serviceAccount(pick(NAMESPACES), pick(ACCOUNTS));
      default -> new Subject(pick(List.of("Robot", "user", "")), pick(USERS), null);
    };
  }

  Binding binding(int index) {
    boolean cluster = random.nextBoolean();
    RbacRef ref =
        cluster
            ? RbacRef.clusterRoleBinding("crb" + index)
            : RbacRef.roleBinding(pick(NAMESPACES), "rb" + index);
    String kind =
        random.nextInt(10) == 0 ? "Unknown" : pick(List.of(RbacRef.ROLE, RbacRef.CLUSTER_ROLE));
    List<Subject> subjects = new ArrayList<>();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      subjects.add(subject());
    }
    String roleName = random.nextInt(10) == 0 ? "missing" : pick(ROLE_NAMES);
    return new Binding(ref, kind, roleName, subjects, null);
  }

  List<Role> roles() {
    List<Role> out = new ArrayList<>();
    for (String name : ROLE_NAMES) {
      if (random.nextInt(5) > 0) {
        out.add(role(RbacRef.clusterRole(name)));
      }
      for (String ns : NAMESPACES) {
        if (random.nextInt(3) == 0) {
          out.add(role(RbacRef.role(ns, name)));
        }
      }
    }
    return out;
  }

  List<Binding> bindings(int count) {
    List<Binding> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(binding(i));
    }
    return out;
  }

  Identity identity() {
    return switch (random.nextInt(5)) {
      case 0, 4 -> Identity.user(pick(USERS), some(GROUP_NAMES, 2).subList(0, random.nextInt(2)));
      case 1 -> Identity.serviceAccount(pick(NAMESPACES), pick(ACCOUNTS));
      case 2 -> Identity.memberOf(pick(GROUP_NAMES));
      default -> Identity.user(Identity.ANONYMOUS, List.of());
    };
  }

  Request request() {
    if (random.nextInt(6) == 0) {
      return Request.nonResource(pick(List.of("get", "post", "*")), pick(PATHS));
    }
    String resource =
        pick(
            List.of(
                "pods",
                "pods/exec",
                "pods/log",
                "secrets",
                "deployments",
                "deployments/scale",
                "namespaces",
                "nodes",
                "users",
                "groups",
                "serviceaccounts",
                "clusterroles"));
    String group =
        resource.startsWith("deployments")
            ? "apps"
            : resource.equals("clusterroles") ? "rbac.authorization.k8s.io" : "";
    String ns = random.nextInt(4) == 0 ? "" : pick(NAMESPACES);
    String name = random.nextBoolean() ? "" : pick(NAMES);
    return Request.resource(
        pick(List.of("get", "list", "create", "impersonate", "bind")), group, resource, ns, name);
  }
}
