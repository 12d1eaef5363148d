package dev.bulwark.checks.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.checks.controlplane.Manifests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The API server's audit rule matching ({@code policy/checker.go}) and when one rule shadows
 * another, as tables. Rules are written in YAML flow style.
 */
class RuleMatchingTest {

  @ParameterizedTest(name = "{0} on {1}/{2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{level: Metadata}                                                     | ''       |"
            + " pods/exec          | ALL",
        "{level: Metadata, users: [alice]}                                     | ''       |"
            + " pods/exec          | SOME",
        "{level: Metadata, resources: [{group: ''}]}                           | ''       |"
            + " pods/exec          | ALL",
        "{level: Metadata, resources: [{group: apps}]}                         | ''       |"
            + " pods/exec          | NONE",
        "{level: Metadata, resources: [{group: '', resources: [pods]}]}        | ''       |"
            + " pods/exec          | NONE",
        "{level: Metadata, resources: [{group: '', resources: [pods]}]}        | ''       | pods   "
            + "            | ALL",
        "{level: Metadata, resources: [{group: '', resources: [pods/*]}]}      | ''       | pods   "
            + "            | ALL",
        "{level: Metadata, resources: [{group: '', resources: [pods/*]}]}      | ''       |"
            + " pods/log           | ALL",
        "{level: Metadata, resources: [{group: '', resources: ['*/exec']}]}    | ''       |"
            + " pods/exec          | ALL",
        "{level: Metadata, resources: [{group: '', resources: ['*/exec']}]}    | ''       | pods   "
            + "            | NONE",
        "{level: Metadata, resources: [{group: '', resources: ['*']}]}         | ''       |"
            + " serviceaccounts/token | ALL",
        "{level: Metadata, resources: [{group: '*'}]}                          | apps     |"
            + " deployments        | NONE",
        "{level: Metadata, resources: [{group: '', resources: [configmaps], resourceNames:"
            + " [leader]}]} | '' | configmaps | SOME",
        "{level: Metadata, resources: [{group: ''}], namespaces: [kube-system]} | ''      | secrets"
            + "            | SOME",
        "{level: None, nonResourceURLs: [/healthz*]}                           | ''       | pods   "
            + "            | NONE",
        "{level: None, verbs: [watch]}                                         | ''       |"
            + " pods/exec          | SOME",
      })
  void reach(String rule, String group, String resource, RuleReach.Reach expected) {
    AuditPolicy policy = policy(rule);
    assertThat(RuleReach.of(policy.rules().get(0), ResourceRequest.of(group, resource)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} before {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{level: Metadata}                                           | {level: None, users: [bob]} "
            + "                              | true",
        "{level: Metadata, users: [bob]}                             | {level: None}               "
            + "                              | false",
        "{level: Metadata, users: [alice, bob]}                      | {level: None, users: [bob]} "
            + "                              | true",
        "{level: Metadata, userGroups: [system:authenticated]}       | {level: None, users: [bob]} "
            + "                              | false",
        "{level: Metadata, resources: [{group: ''}]}                 | {level: None, resources:"
            + " [{group: '', resources: [secrets]}]} | true",
        "{level: Metadata, resources: [{group: ''}]}                 | {level: None, namespaces:"
            + " [default]}                      | false",
        "{level: Metadata, resources: [{group: ''}]}                 | {level: None, resources:"
            + " [{group: apps}]}                 | false",
        "{level: Metadata, resources: [{group: '', resources: [pods/*]}]} | {level: None,"
            + " resources: [{group: '', resources: [pods, pods/log]}]} | true",
        "{level: Metadata, resources: [{group: '', resources: [pods]}]}   | {level: None,"
            + " resources: [{group: '', resources: [pods/log]}]}       | false",
        "{level: Metadata, resources: [{group: '', resources: ['*/status']}]} | {level: None,"
            + " resources: [{group: '', resources: [nodes/status]}]} | true",
        "{level: Metadata, resources: [{group: '', resources: [cm], resourceNames: [a]}]} | {level:"
            + " None, resources: [{group: '', resources: [cm]}]} | false",
        "{level: Metadata, resources: [{group: '', resources: [cm]}]} | {level: None, resources:"
            + " [{group: '', resources: [cm], resourceNames: [a]}]} | true",
        "{level: Metadata, nonResourceURLs: [/healthz*]}             | {level: None,"
            + " nonResourceURLs: [/healthz/ready]}          | true",
        "{level: Metadata, nonResourceURLs: [/healthz]}              | {level: None,"
            + " nonResourceURLs: [/healthz/ready]}          | false",
        "{level: Metadata, nonResourceURLs: ['*']}                   | {level: None, resources:"
            + " [{group: ''}]}                   | false",
        "{level: Metadata, verbs: [get, list]}                       | {level: None, verbs: [get]} "
            + "                              | true",
      })
  void shadowing(String earlier, String later, boolean shadowed) {
    AuditPolicy policy = policy(earlier, later);
    assertThat(RuleShadowing.shadowOf(policy, policy.rules().get(1)).isPresent())
        .isEqualTo(shadowed);
  }

  private static AuditPolicy policy(String... rules) {
    return AuditPolicy.of(
        Manifests.one(
            "apiVersion: audit.k8s.io/v1",
            "kind: Policy",
            "rules: [" + String.join(", ", rules) + "]"));
  }
}
