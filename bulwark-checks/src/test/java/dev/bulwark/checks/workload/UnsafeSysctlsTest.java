package dev.bulwark.checks.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Resource;
import dev.bulwark.checks.testsupport.Findings;
import dev.bulwark.checks.testsupport.TestContext;
import dev.bulwark.checks.testsupport.TestResources;
import org.junit.jupiter.api.Test;

class UnsafeSysctlsTest {
  private final UnsafeSysctls check = new UnsafeSysctls();
  private final Resource pod =
      TestResources.pod(
          "{\"securityContext\":{\"sysctls\":[{\"name\":\"kernel.msgmax\"},"
              + "{\"name\":\"net.core.somaxconn\"},{\"name\":7},{\"value\":\"1\"}]},"
              + "\"containers\":[{\"name\":\"app\"}]}");

  @Test
  void reportsEveryUnsafeNameByDefault() {
    assertThat(Findings.of(check, pod))
        .extracting(v -> v.pointer().toString())
        .containsExactly(
            "/spec/securityContext/sysctls/0/name", "/spec/securityContext/sysctls/1/name");
  }

  @Test
  void configuredNamesAndPrefixesAreAllowed() {
    TestContext context =
        TestContext.defaultsOf(check).with("allowed", "kernel.msg*, net/core/somaxconn");
    assertThat(Findings.of(check, pod, context)).isEmpty();
  }
}
