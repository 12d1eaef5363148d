package dev.bulwark.checks.workload;

import static dev.bulwark.checks.testsupport.Findings.describe;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.checks.testsupport.Findings;
import dev.bulwark.checks.testsupport.TestResources;
import org.junit.jupiter.api.Test;

class PrivilegedContainerTest {
  private final PrivilegedContainer check = new PrivilegedContainer();

  @Test
  void namesEveryPrivilegedContainerAtItsField() {
    var pod =
        TestResources.pod(
            """
            {"initContainers":[{"name":"init","securityContext":{"privileged":true}}],
             "containers":[{"name":"app","securityContext":{"privileged":false}},
                           {"name":"vpn","securityContext":{"privileged":true}}],
             "ephemeralContainers":[{"name":"dbg","securityContext":{"privileged":true}}]}
            """);
    assertThat(describe(Findings.of(check, pod)))
        .containsExactly(
            "/spec/initContainers/0/securityContext/privileged: init container \"init\" runs"
                + " privileged",
            "/spec/containers/1/securityContext/privileged: container \"vpn\" runs privileged",
            "/spec/ephemeralContainers/0/securityContext/privileged: ephemeral container \"dbg\""
                + " runs privileged");
  }

  @Test
  void onlyARealBooleanCounts() {
    var pod =
        TestResources.pod(
            """
            {"containers":[{"name":"a","securityContext":{"privileged":"true"}},
                           {"name":"b","securityContext":{"privileged":1}},
                           {"name":"c","securityContext":"privileged"},
                           {"name":"d"}]}
            """);
    assertThat(Findings.of(check, pod)).isEmpty();
  }

  @Test
  void podLevelSecurityContextHasNoPrivilegedField() {
    var pod =
        TestResources.pod(
            """
            {"securityContext":{"privileged":true},"containers":[{"name":"a"}]}
            """);
    assertThat(Findings.of(check, pod)).isEmpty();
  }
}
