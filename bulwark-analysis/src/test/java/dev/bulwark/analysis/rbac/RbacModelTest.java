package dev.bulwark.analysis.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.testsupport.Manifests;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The model against the authorizer's semantics of the reference's §1.1, §1.2, §1.5 and §1.6. */
class RbacModelTest {
  private static final String CR = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\n";
  private static final String R = "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\n";
  private static final String CRB =
      "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\n";
  private static final String RB = "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\n";

  static RbacModel model(String yaml) {
    return RbacModel.build(Manifests.parse(yaml), RbacOptions.manifestsOnly());
  }

  static Request get(String resource, String ns) {
    return Request.resource("get", "", resource, ns, "");
  }

  static Identity alice(String... groups) {
    return Identity.user("alice", List.of(groups));
  }

  static final String SECRET_READER =
      CR
          + "metadata: {name: secret-reader}\n"
          + "rules: [{apiGroups: [''], resources: [secrets], verbs: [get]}]\n";

  @Nested
  class AuthorizationChain {
    @Test
    void systemMastersIsAllowedWithoutAnyRbac() {
      RbacModel m = model("");
      Decision d = m.authorize(alice(Identity.MASTERS), get("secrets", "kube-system"));
      assertThat(d.allowed()).isTrue();
      assertThat(d.privileged()).isTrue();
      assertThat(d.grants()).isEmpty();
      assertThat(m.whoCan(get("secrets", "kube-system")))
          .containsExactly(new SubjectAccess(Subject.group(Identity.MASTERS), true, List.of()));
    }

    @Test
    void permissionsAreAdditiveAcrossBindings() {
      RbacModel m =
          model(
              SECRET_READER
                  + "---\n"
                  + CR
                  + "metadata: {name: pod-reader}\n"
                  + "rules: [{apiGroups: [''], resources: [pods], verbs: [list]}]\n"
                  + "---\n"
                  + CRB
                  + "metadata: {name: a}\n"
                  + "roleRef: {kind: ClusterRole, name: secret-reader}\n"
                  + "subjects: [{kind: User, name: alice}]\n"
                  + "---\n"
                  + CRB
                  + "metadata: {name: b}\n"
                  + "roleRef: {kind: ClusterRole, name: pod-reader}\n"
                  + "subjects: [{kind: Group, name: devs}]\n");
      assertThat(m.authorize(alice("devs"), get("secrets", "x")).allowed()).isTrue();
      assertThat(
              m.authorize(alice("devs"), Request.resource("list", "", "pods", "x", "")).allowed())
          .isTrue();
      assertThat(m.authorize(alice(), Request.resource("list", "", "pods", "x", "")).allowed())
          .isFalse();
    }

    @Test
    void reasonsReadLikeTheAuthorizers() {
      RbacModel m =
          model(
              SECRET_READER
                  + "---\n"
                  + CRB
                  + "metadata: {name: crb}\n"
                  + "roleRef: {kind: ClusterRole, name: secret-reader}\n"
                  + "subjects: [{kind: Group, name: devs}]\n"
                  + "---\n"
                  + RB
                  + "metadata: {name: rb, namespace: team}\n"
                  + "roleRef: {kind: ClusterRole, name: secret-reader}\n"
                  + "subjects: [{kind: ServiceAccount, name: app}]\n");
      assertThat(m.authorize(alice("devs"), get("secrets", "")).grants().get(0).reason())
          .isEqualTo(
              "RBAC: allowed by ClusterRoleBinding \"crb\" of ClusterRole \"secret-reader\" to"
                  + " Group \"devs\"");
      assertThat(
              m.authorize(Identity.serviceAccount("team", "app"), get("secrets", "team"))
                  .grants()
                  .get(0)
                  .reason())
          .isEqualTo(
              "RBAC: allowed by RoleBinding \"rb/team\" of ClusterRole \"secret-reader\" to"
                  + " ServiceAccount \"app/team\"");
    }

    @Test
    void danglingBindingGrantsNothingIsReportedAndComesAliveWithItsRole() {
      String binding =
          CRB
              + "metadata: {name: later}\n"
              + "roleRef: {kind: ClusterRole, name: secret-reader}\n"
              + "subjects: [{kind: User, name: alice}]\n";
      RbacModel before = model(binding);
      assertThat(before.authorize(alice(), get("secrets", "x")).allowed()).isFalse();
      assertThat(before.issues())
          .extracting(RbacIssue::kind)
          .containsExactly(RbacIssue.Kind.DANGLING_ROLE_REF);
      assertThat(
              model(binding + "---\n" + SECRET_READER)
                  .authorize(alice(), get("secrets", "x"))
                  .allowed())
          .isTrue();
    }

    @Test
    void danglingReferenceToABuiltInRoleSuggestsDefaults() {
      RbacModel m =
          model(
              RB
                  + "metadata: {name: e, namespace: t}\n"
                  + "roleRef: {kind: ClusterRole, name: edit}\n"
                  + "subjects: [{kind: User, name: alice}]\n");
      assertThat(m.issues().get(0).message()).contains("built-in role");
    }
  }

  @Nested
  class Scope {
    final RbacModel m =
        model(
            SECRET_READER
                + "---\n"
                + CR
                + "metadata: {name: cluster-admin}\n"
                + "rules: [{apiGroups: ['*'], resources: ['*'], verbs: ['*']}, {nonResourceURLs:"
                + " ['*'], verbs: ['*']}]\n"
                + "---\n"
                + RB
                + "metadata: {name: rb, namespace: team}\n"
                + "roleRef: {kind: ClusterRole, name: secret-reader}\n"
                + "subjects: [{kind: User, name: alice}]\n"
                + "---\n"
                + RB
                + "metadata: {name: admin, namespace: team}\n"
                + "roleRef: {kind: ClusterRole, name: cluster-admin}\n"
                + "subjects: [{kind: User, name: bob}]\n");

    @Test
    void roleBindingToClusterRoleGrantsOnlyInItsNamespace() {
      assertThat(m.authorize(alice(), get("secrets", "team")).allowed()).isTrue();
      assertThat(m.authorize(alice(), get("secrets", "other")).allowed()).isFalse();
      assertThat(m.authorize(alice(), get("secrets", "")).allowed()).as("all namespaces").isFalse();
    }

    @Test
    void roleBindingToClusterAdminGrantsNothingClusterScoped() {
      Identity bob = Identity.user("bob", List.of());
      assertThat(m.authorize(bob, Request.resource("delete", "", "pods", "team", "x")).allowed())
          .isTrue();
      assertThat(m.authorize(bob, get("nodes", "")).allowed()).isFalse();
      assertThat(
              m.authorize(
                      bob,
                      Request.resource(
                          "create", "rbac.authorization.k8s.io", "clusterroles", "", ""))
                  .allowed())
          .isFalse();
      assertThat(m.authorize(bob, Request.nonResource("get", "/metrics")).allowed()).isFalse();
    }

    @Test
    void namespaceObjectRequestCarriesItsOwnName() {
      // GET /api/v1/namespaces/team has namespace attribute "team", so a RoleBinding there counts.
      assertThat(
              m.authorize(
                      Identity.user("bob", List.of()),
                      Request.resource("get", "", "namespaces", "team", "team"))
                  .allowed())
          .isTrue();
    }

    @Test
    void whoCanFollowsTheSameScope() {
      assertThat(m.whoCan(get("secrets", "team")))
          .extracting(SubjectAccess::subject)
          .contains(Subject.user("alice"), Subject.user("bob"));
      assertThat(m.whoCan(get("secrets", "other")))
          .extracting(SubjectAccess::subject)
          .containsExactly(Subject.group(Identity.MASTERS));
      assertThat(m.whoCanInAnyNamespace(get("secrets", "")))
          .extracting(SubjectAccess::subject)
          .contains(Subject.user("alice"));
      assertThat(m.whoCanInAnyNamespace(Request.nonResource("get", "/metrics")))
          .extracting(SubjectAccess::subject)
          .containsExactly(Subject.group(Identity.MASTERS));
    }
  }

  @Nested
  class RoleReferences {
    @Test
    void roleBindingFindsTheRoleInItsOwnNamespace() {
      RbacModel m =
          model(
              R
                  + "metadata: {name: reader, namespace: other}\n"
                  + "rules: [{apiGroups: [''], resources: [secrets], verbs: [get]}]\n"
                  + "---\n"
                  + RB
                  + "metadata: {name: rb, namespace: team}\n"
                  + "roleRef: {kind: Role, name: reader}\n"
                  + "subjects: [{kind: User, name: alice}]\n");
      assertThat(m.authorize(alice(), get("secrets", "team")).allowed()).isFalse();
      assertThat(m.authorize(alice(), get("secrets", "other")).allowed()).isFalse();
      assertThat(m.issues())
          .extracting(RbacIssue::kind)
          .containsExactly(RbacIssue.Kind.DANGLING_ROLE_REF);
    }

    @Test
    void clusterRoleBindingCannotUseARole() {
      RbacModel m =
          model(
              R
                  + "metadata: {name: reader, namespace: team}\n"
                  + "rules: [{apiGroups: [''], resources: [secrets], verbs: [get]}]\n"
                  + "---\n"
                  + CRB
                  + "metadata: {name: crb}\n"
                  + "roleRef: {kind: Role, name: reader}\n"
                  + "subjects: [{kind: User, name: alice}]\n");
      assertThat(m.authorize(alice(), get("secrets", "team")).allowed()).isFalse();
      assertThat(m.issues())
          .extracting(RbacIssue::kind)
          .containsExactly(RbacIssue.Kind.UNSUPPORTED_ROLE_REF);
    }

    @Test
    void unqualifiedObjectsGoToTheDefaultNamespace() {
      String yaml =
          R
              + "metadata: {name: reader}\n"
              + "rules: [{apiGroups: [''], resources: [secrets], verbs: [get]}]\n"
              + "---\n"
              + RB
              + "metadata: {name: rb}\n"
              + "roleRef: {kind: Role, name: reader}\n"
              + "subjects: [{kind: ServiceAccount, name: app}]\n";
      RbacModel m =
          RbacModel.build(
              Manifests.parse(yaml), RbacOptions.manifestsOnly().withDefaultNamespace("argocd"));
      assertThat(
              m.authorize(Identity.serviceAccount("argocd", "app"), get("secrets", "argocd"))
                  .allowed())
          .isTrue();
    }

    @Test
    void duplicatesKeepTheFirst() {
      RbacModel m =
          model(
              SECRET_READER
                  + "---\n"
                  + CR
                  + "metadata: {name: secret-reader}\n"
                  + "rules: [{apiGroups: [''], resources: [pods], verbs: [get]}]\n"
                  + "---\n"
                  + CRB
                  + "metadata: {name: crb}\n"
                  + "roleRef: {kind: ClusterRole, name: secret-reader}\n"
                  + "subjects: [{kind: User, name: alice}]\n");
      assertThat(m.authorize(alice(), get("secrets", "x")).allowed()).isTrue();
      assertThat(m.authorize(alice(), get("pods", "x")).allowed()).isFalse();
      assertThat(m.issues()).extracting(RbacIssue::kind).containsExactly(RbacIssue.Kind.DUPLICATE);
    }
  }

  @Nested
  class Subjects {
    final RbacModel m =
        model(
            SECRET_READER
                + "---\n"
                + RB
                + "metadata: {name: local-sa, namespace: team}\n"
                + "roleRef: {kind: ClusterRole, name: secret-reader}\n"
                + "subjects: [{kind: ServiceAccount, name: app}]\n"
                + "---\n"
                + CRB
                + "metadata: {name: no-ns}\n"
                + "roleRef: {kind: ClusterRole, name: secret-reader}\n"
                + "subjects: [{kind: ServiceAccount, name: ghost}]\n"
                + "---\n"
                + CRB
                + "metadata: {name: odd}\n"
                + "roleRef: {kind: ClusterRole, name: secret-reader}\n"
                + "subjects: [{kind: Robot, name: alice}]\n"
                + "---\n"
                + CRB
                + "metadata: {name: all-sa-in-ci}\n"
                + "roleRef: {kind: ClusterRole, name: secret-reader}\n"
                + "subjects: [{kind: Group, name: 'system:serviceaccounts:ci'}]\n"
                + "---\n"
                + RB
                + "metadata: {name: everyone, namespace: pub}\n"
                + "roleRef: {kind: ClusterRole, name: secret-reader}\n"
                + "subjects: [{kind: Group, name: 'system:authenticated'}]\n"
                + "---\n"
                + RB
                + "metadata: {name: anon, namespace: open}\n"
                + "roleRef: {kind: ClusterRole, name: secret-reader}\n"
                + "subjects: [{kind: User, name: 'system:anonymous'}]\n");

    @Test
    void serviceAccountWithoutNamespaceTakesTheRoleBindings() {
      assertThat(
              m.authorize(Identity.serviceAccount("team", "app"), get("secrets", "team")).allowed())
          .isTrue();
      assertThat(
              m.authorize(Identity.serviceAccount("other", "app"), get("secrets", "team"))
                  .allowed())
          .isFalse();
    }

    @Test
    void serviceAccountWithoutNamespaceInClusterRoleBindingNeverMatches() {
      assertThat(
              m.authorize(Identity.serviceAccount("default", "ghost"), get("secrets", "default"))
                  .allowed())
          .isFalse();
      assertThat(m.issues())
          .extracting(RbacIssue::kind)
          .contains(RbacIssue.Kind.UNMATCHABLE_SUBJECT);
    }

    @Test
    void unknownSubjectKindsNeverMatch() {
      assertThat(m.authorize(alice(), get("secrets", "x")).allowed()).isFalse();
    }

    @Test
    void usersMatchByExactNameAndServiceAccountsByUserName() {
      assertThat(
              m.authorize(
                      Identity.user("system:serviceaccount:team:app", List.of()),
                      get("secrets", "team"))
                  .allowed())
          .as("a user name that spells a ServiceAccount is that ServiceAccount")
          .isTrue();
      assertThat(
              m.authorize(
                      Identity.user("system:anonymous", List.of("system:authenticated")),
                      get("secrets", "open"))
                  .allowed())
          .isTrue();
      assertThat(
              m.authorize(
                      Identity.user("System:Anonymous", List.of("system:authenticated")),
                      get("secrets", "open"))
                  .allowed())
          .as("user names are case-sensitive")
          .isFalse();
    }

    @Test
    void serviceAccountsCarryTheirNamespaceGroup() {
      assertThat(
              m.authorize(Identity.serviceAccount("ci", "builder"), get("secrets", "anywhere"))
                  .allowed())
          .isTrue();
      assertThat(
              m.authorize(Identity.serviceAccount("cd", "builder"), get("secrets", "anywhere"))
                  .allowed())
          .isFalse();
    }

    @Test
    void everyAuthenticatedUserButAnonymousIsInSystemAuthenticated() {
      assertThat(m.authorize(alice(), get("secrets", "pub")).allowed()).isTrue();
      assertThat(m.authorize(Identity.serviceAccount("x", "y"), get("secrets", "pub")).allowed())
          .isTrue();
      Identity anonymous = Identity.user(Identity.ANONYMOUS, List.of());
      assertThat(anonymous.groups()).containsExactly(Identity.UNAUTHENTICATED);
      assertThat(m.authorize(anonymous, get("secrets", "pub")).allowed()).isFalse();
      assertThat(m.authorize(anonymous, get("secrets", "open")).allowed()).isTrue();
    }

    @Test
    void implicitGroupsAreAddedOnlyWhereTheApiServerAddsThem() {
      assertThat(Identity.serviceAccount("ci", "b").groups())
          .containsExactlyInAnyOrder(
              "system:serviceaccounts", "system:serviceaccounts:ci", "system:authenticated");
      assertThat(Identity.user("bob", List.of("system:unauthenticated")).groups())
          .containsExactly("system:unauthenticated");
      assertThat(Identity.memberOf("devs").groups())
          .containsExactlyInAnyOrder("devs", "system:authenticated");
    }
  }

  @Nested
  class AggregationRules {
    static final String AGG =
        CR + "metadata: {name: agg}\naggregationRule:\n  clusterRoleSelectors:\n";

    static String labelled(String name, String labels, String resource) {
      return CR
          + "metadata: {name: "
          + name
          + ", labels: {"
          + labels
          + "}}\nrules: [{apiGroups: [''], resources: ["
          + resource
          + "], verbs: [get]}]\n";
    }

    static Set<String> resources(RbacModel m, String role) {
      return m.rulesOf(RbacRef.clusterRole(role)).stream()
          .flatMap(r -> r.rule().resources().stream())
          .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void selectorsAreOredAndLabelsAnded() {
      RbacModel m =
          model(
              AGG
                  + "  - matchLabels: {a: 'true', b: 'true'}\n"
                  + "  - matchLabels: {c: 'true'}\n"
                  + "rules: [{apiGroups: [''], resources: [nodes], verbs: ['*']}]\n"
                  + "---\n"
                  + labelled("ab", "a: 'true', b: 'true'", "pods")
                  + "---\n"
                  + labelled("only-a", "a: 'true'", "secrets")
                  + "---\n"
                  + labelled("c", "c: 'true'", "configmaps"));
      assertThat(resources(m, "agg"))
          .as("manifest rules of an aggregated role are overwritten")
          .containsExactlyInAnyOrder("pods", "configmaps");
    }

    @Test
    void matchExpressionsWork() {
      RbacModel m =
          model(
              AGG
                  + "  - matchExpressions: [{key: tier, operator: In, values: [x, y]}, {key: skip,"
                  + " operator: DoesNotExist}]\n"
                  + "---\n"
                  + labelled("x", "tier: x", "pods")
                  + "---\n"
                  + labelled("z", "tier: z", "secrets")
                  + "---\n"
                  + labelled("y-skip", "tier: y, skip: 'yes'", "configmaps"));
      assertThat(resources(m, "agg")).containsExactly("pods");
    }

    @Test
    void aggregationIsTransitiveSkipsItselfAndDropsDuplicates() {
      RbacModel m =
          model(
              CR
                  + "metadata: {name: top}\n"
                  + "aggregationRule: {clusterRoleSelectors: [{matchLabels: {to-top: 'true'}}]}\n"
                  + "---\n"
                  + CR
                  + "metadata: {name: mid, labels: {to-top: 'true'}}\n"
                  + "aggregationRule: {clusterRoleSelectors: [{matchLabels: {to-mid: 'true'}},"
                  + " {matchLabels: {to-top: 'true'}}]}\n"
                  + "---\n"
                  + labelled("leaf", "to-mid: 'true'", "pods")
                  + "---\n"
                  + labelled("leaf-copy", "to-mid: 'true'", "pods")
                  + "---\n"
                  + labelled("direct", "to-top: 'true'", "secrets"));
      assertThat(m.rulesOf(RbacRef.clusterRole("mid")))
          .extracting(r -> r.origin().name())
          .containsExactly("direct", "leaf");
      assertThat(resources(m, "top")).containsExactlyInAnyOrder("pods", "secrets");
      assertThat(m.rulesOf(RbacRef.clusterRole("top"))).hasSize(2);
    }

    @Test
    void emptySelectorMatchesEveryOtherClusterRole() {
      RbacModel m = model(AGG + "  - {}\n---\n" + labelled("any", "x: y", "pods"));
      assertThat(resources(m, "agg")).containsExactly("pods");
    }

    @Test
    void builtInRolesAggregateManifestRoles() {
      String yaml =
          labelled("crd-admin", "rbac.authorization.k8s.io/aggregate-to-edit: 'true'", "widgets")
              + "---\n"
              + RB
              + "metadata: {name: devs, namespace: team}\n"
              + "roleRef: {kind: ClusterRole, name: admin}\n"
              + "subjects: [{kind: Group, name: devs}]\n";
      RbacModel m = RbacModel.build(Manifests.parse(yaml), RbacOptions.forScan());
      Decision d = m.authorize(alice("devs"), get("widgets", "team"));
      assertThat(d.allowed()).isTrue();
      assertThat(d.grants().get(0).explain()).contains("aggregated from ClusterRole \"crd-admin\"");
      assertThat(m.authorize(alice("devs"), get("secrets", "team")).allowed())
          .as("admin includes edit's secrets")
          .isTrue();
      assertThat(
              m.authorize(
                      alice("devs"),
                      Request.resource("impersonate", "", "serviceaccounts", "team", "x"))
                  .allowed())
          .isTrue();
      assertThat(m.authorize(alice("devs"), get("secrets", "other")).allowed()).isFalse();
    }
  }

  @Nested
  class Defaults {
    @Test
    void withDefaultsTheClusterAddsItsBindings() {
      RbacModel m =
          RbacModel.build(
              List.of(),
              RbacOptions.manifestsOnly().withDefaults(RbacOptions.Defaults.ROLES_AND_BINDINGS));
      assertThat(m.issues()).isEmpty();
      List<Subject> readers =
          m.whoCan(get("secrets", "kube-system")).stream().map(SubjectAccess::subject).toList();
      assertThat(readers)
          .contains(
              Subject.group(Identity.MASTERS),
              Subject.user("system:kube-controller-manager"),
              Subject.serviceAccount("kube-system", "generic-garbage-collector"),
              Subject.serviceAccount("kube-system", "bootstrap-signer"));
      assertThat(readers).doesNotContain(Subject.group("system:nodes"));
      assertThat(
              m.authorize(
                      Identity.user(Identity.ANONYMOUS, List.of()),
                      Request.nonResource("get", "/healthz"))
                  .allowed())
          .isTrue();
      assertThat(
              m.authorize(
                      Identity.user(Identity.ANONYMOUS, List.of()),
                      Request.nonResource("get", "/api"))
                  .allowed())
          .isFalse();
      assertThat(m.authorize(alice(), Request.nonResource("get", "/apis/apps")).allowed()).isTrue();
    }

    @Test
    void builtInViewExcludesSecretsAndExec() {
      RbacModel m = RbacModel.build(List.of(), RbacOptions.forScan());
      List<SourcedRule> view = m.rulesOf(RbacRef.clusterRole("view"));
      assertThat(view).isNotEmpty();
      assertThat(view).noneMatch(r -> RuleMatcher.allows(r.rule(), get("secrets", "x")));
      assertThat(view)
          .noneMatch(
              r ->
                  RuleMatcher.allows(
                      r.rule(), Request.resource("create", "", "pods/exec", "x", "")));
      assertThat(m.rulesOf(RbacRef.clusterRole("edit")))
          .anyMatch(r -> RuleMatcher.allows(r.rule(), get("secrets", "x")));
    }
  }
}
