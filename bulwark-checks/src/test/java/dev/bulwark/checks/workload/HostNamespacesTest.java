package dev.bulwark.checks.workload;

import static dev.bulwark.checks.testsupport.Findings.describe;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.checks.testsupport.Findings;
import dev.bulwark.checks.testsupport.TestResources;
import org.junit.jupiter.api.Test;

class HostNamespacesTest {
  private final HostNamespaces check = new HostNamespaces();

  @Test
  void oneFindingPerSharedNamespace() {
    var pod =
        TestResources.pod(
            """
            {"hostNetwork":true,"hostPID":true,"hostIPC":true,"containers":[{"name":"a"}]}
            """);
    assertThat(describe(Findings.of(check, pod)))
        .containsExactly(
            "/spec/hostNetwork: pod shares the host's network namespace (hostNetwork: true)",
            "/spec/hostPID: pod shares the host's process (PID) namespace (hostPID: true)",
            "/spec/hostIPC: pod shares the host's IPC namespace (hostIPC: true)");
  }

  @Test
  void findsThePodSpecOfACronJob() {
    var cronJob =
        TestResources.fromJson(
            """
            {"apiVersion":"batch/v1","kind":"CronJob","metadata":{"name":"c"},
             "spec":{"jobTemplate":{"spec":{"template":{"spec":{"hostPID":true,"containers":[]}}}}}}
            """);
    assertThat(describe(Findings.of(check, cronJob)))
        .containsExactly(
            "/spec/jobTemplate/spec/template/spec/hostPID: pod shares the host's process (PID)"
                + " namespace (hostPID: true)");
  }

  @Test
  void onlyARealTrueCounts() {
    var pod =
        TestResources.pod(
            """
            {"hostNetwork":"true","hostPID":false,"hostIPC":null,"containers":[{"name":"a"}]}
            """);
    assertThat(Findings.of(check, pod)).isEmpty();
  }

  @Test
  void ignoresObjectsWithoutAPodSpec() {
    var service =
        TestResources.fromJson(
            """
            {"apiVersion":"v1","kind":"Service","metadata":{"name":"s"},"spec":{"hostNetwork":true}}
            """);
    assertThat(Findings.of(check, service)).isEmpty();
  }
}
