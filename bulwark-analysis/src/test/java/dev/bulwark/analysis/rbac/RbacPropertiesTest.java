package dev.bulwark.analysis.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of the model over seeded random RBAC sets (plain JUnit: the same seeds every run, so a
 * failure names its seed and reproduces).
 */
class RbacPropertiesTest {
  private static final int MODELS = 400;
  private static final int QUERIES = 60;

  @Test
  void addingABindingNeverRemovesAPermission() {
    for (long seed = 1; seed <= MODELS; seed++) {
      RandomRbac random = new RandomRbac(seed);
      List<Role> roles = random.roles();
      List<Binding> bindings = random.bindings(8);
      RbacModel before = RbacModel.of(roles, bindings);
      List<Binding> more = new ArrayList<>(bindings);
      more.add(random.binding(99));
      RbacModel after = RbacModel.of(roles, more);
      for (int q = 0; q < QUERIES; q++) {
        Identity identity = random.identity();
        Request request = random.request();
        if (before.authorize(identity, request).allowed()) {
          assertThat(after.authorize(identity, request).allowed())
              .as(
                  "seed %d: %s lost %s after adding %s",
                  seed, identity, request, more.get(more.size() - 1).ref())
              .isTrue();
        }
        assertThat(subjects(after.whoCan(request)))
            .as("seed %d: who-can %s", seed, request)
            .containsAll(subjects(before.whoCan(request)));
      }
    }
  }

  @Test
  void addingARoleNeverRemovesAPermission() {
    for (long seed = 1; seed <= MODELS; seed++) {
      RandomRbac random = new RandomRbac(seed);
      List<Role> roles = random.roles();
      List<Binding> bindings = random.bindings(8);
      RbacModel before = RbacModel.of(roles, bindings);
      // A new role can fill a dangling reference or feed an aggregation; it never takes away.
      List<Role> more = new ArrayList<>(roles);
      more.add(random.role(RbacRef.clusterRole("extra" + seed)));
      more.add(random.role(RbacRef.clusterRole("missing")));
      RbacModel after = RbacModel.of(more, bindings);
      for (int q = 0; q < QUERIES; q++) {
        Identity identity = random.identity();
        Request request = random.request();
        if (before.authorize(identity, request).allowed()) {
          assertThat(after.authorize(identity, request).allowed())
              .as("seed %d: %s lost %s", seed, identity, request)
              .isTrue();
        }
      }
    }
  }

  @Test
  void whoCanAndCanAgree() {
    int allowedThroughRbac = 0;
    for (long seed = 1; seed <= MODELS; seed++) {
      RandomRbac random = new RandomRbac(seed);
      RbacModel model = RbacModel.of(random.roles(), random.bindings(16));
      for (int q = 0; q < QUERIES; q++) {
        Identity identity = random.identity();
        Request request = random.request();
        Decision decision = model.authorize(identity, request);
        boolean can = decision.allowed();
        allowedThroughRbac += decision.grants().isEmpty() ? 0 : 1;
        boolean listed =
            model.whoCan(request).stream()
                .anyMatch(
                    s ->
                        s.privileged()
                            ? identity.isPrivileged()
                            : identity.matches(s.subject(), null));
        assertThat(listed)
            .as("seed %d: can(%s, %s) = %s but who-can says %s", seed, identity, request, can, !can)
            .isEqualTo(can);
      }
    }
    // Guard against a generator so sparse that the property holds vacuously.
    assertThat(allowedThroughRbac)
        .as("queries allowed through RBAC")
        .isGreaterThan(MODELS * QUERIES / 20);
  }

  @Test
  void everySubjectWhoCanListsIsAllowedAndEveryGrantAllows() {
    for (long seed = 1; seed <= MODELS; seed++) {
      RandomRbac random = new RandomRbac(seed);
      RbacModel model = RbacModel.of(random.roles(), random.bindings(16));
      for (int q = 0; q < QUERIES / 4; q++) {
        Request request = random.request();
        for (SubjectAccess s : model.whoCan(request)) {
          for (Grant g : s.via()) {
            assertThat(RuleMatcher.allows(g.rule().rule(), request))
                .as("seed %d: %s", seed, g.explain())
                .isTrue();
          }
          if (!s.privileged()) {
            assertThat(model.authorize(Identity.of(s.subject()), request).allowed())
                .as("seed %d: who-can lists %s for %s", seed, s.subject(), request)
                .isTrue();
          }
        }
      }
    }
  }

  @Test
  void indexedModelAgreesWithTheNaiveAuthorizer() {
    for (long seed = 1; seed <= MODELS; seed++) {
      RandomRbac random = new RandomRbac(seed);
      RbacModel model = RbacModel.of(random.roles(), random.bindings(12));
      NaiveAuthorizer naive = new NaiveAuthorizer(model);
      for (int q = 0; q < QUERIES; q++) {
        Identity identity = random.identity();
        Request request = random.request();
        assertThat(model.authorize(identity, request).allowed())
            .as("seed %d: %s %s", seed, identity, request)
            .isEqualTo(naive.allows(identity, request));
      }
    }
  }

  @Test
  void anyNamespaceIsTheUnionOfEveryNamespace() {
    for (long seed = 1; seed <= MODELS; seed++) {
      RandomRbac random = new RandomRbac(seed);
      RbacModel model = RbacModel.of(random.roles(), random.bindings(12));
      for (int q = 0; q < QUERIES / 4; q++) {
        Request request = random.request().inNamespace("");
        Set<Subject> union = new java.util.HashSet<>(subjects(model.whoCan(request)));
        if (request.isResourceRequest()) {
          for (String ns : RandomRbac.NAMESPACES) {
            union.addAll(subjects(model.whoCan(request.inNamespace(ns))));
          }
        }
        assertThat(subjects(model.whoCanInAnyNamespace(request)))
            .as("seed %d: %s", seed, request)
            .isEqualTo(union);
      }
    }
  }

  private static Set<Subject> subjects(List<SubjectAccess> answer) {
    return answer.stream().map(SubjectAccess::subject).collect(Collectors.toSet());
  }
}
