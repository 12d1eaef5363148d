package dev.bulwark.checks.workload;

import static dev.bulwark.checks.testsupport.Findings.describe;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Resource;
import dev.bulwark.checks.testsupport.Findings;
import dev.bulwark.checks.testsupport.TestContext;
import dev.bulwark.checks.testsupport.TestResources;
import org.junit.jupiter.api.Test;

class DangerousCapabilitiesTest {
  private final DangerousCapabilities check = new DangerousCapabilities();
  private final Resource pod =
      TestResources.pod(
          "{\"containers\":[{\"name\":\"app\",\"securityContext\":{\"capabilities\":"
              + "{\"add\":[\"SYS_ADMIN\",\"IPC_LOCK\",\"SETUID\",\"cap_net_raw\"]}}}]}");

  @Test
  void dangerousNamesGetTheirRiskOthersOutsideTheSetAreNamedAsSuch() {
    assertThat(describe(Findings.of(check, pod)))
        .containsExactly(
            "/spec/containers/0/securityContext/capabilities/add/0: container \"app\" adds"
                + " SYS_ADMIN: mounts, namespaces and BPF: close to root on the node",
            "/spec/containers/0/securityContext/capabilities/add/1: container \"app\" adds"
                + " IPC_LOCK, outside the allowed capabilities",
            "/spec/containers/0/securityContext/capabilities/add/3: container \"app\" adds"
                + " NET_RAW: raw sockets: ARP and DNS spoofing on the pod network");
  }

  @Test
  void theDangerousListWinsOverTheAllowedOne() {
    TestContext context =
        TestContext.defaultsOf(check)
            .with("allowed", "SYS_ADMIN,IPC_LOCK,SETUID,NET_RAW")
            .with("capabilities", "cap_setuid");
    assertThat(Findings.of(check, pod, context))
        .extracting(v -> v.pointer().toString())
        .containsExactly("/spec/containers/0/securityContext/capabilities/add/2");
  }
}
