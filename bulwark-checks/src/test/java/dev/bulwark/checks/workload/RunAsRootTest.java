package dev.bulwark.checks.workload;

import static dev.bulwark.checks.testsupport.Findings.describe;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.checks.testsupport.Findings;
import dev.bulwark.checks.testsupport.TestResources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunAsRootTest {
  private final RunAsRoot check = new RunAsRoot();

  @ParameterizedTest(name = "pod {0} + container {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // pod securityContext                     | container securityContext                 |
        // finding (pointer: message), or -
        "-                                         | -                                         |"
            + " /spec/containers/0: container \"app\" may run as root: runAsNonRoot is not true and"
            + " no runAsUser is set",
        "{\"fsGroup\":1}                           | {}                                        |"
            + " /spec/containers/0/securityContext: container \"app\" may run as root: runAsNonRoot"
            + " is not true and no runAsUser is set",
        "{\"runAsNonRoot\":true}                   | -                                         | -",
        "{\"runAsNonRoot\":true}                   | {\"runAsUser\":0}                         |"
            + " /spec/containers/0/securityContext/runAsUser: container \"app\" runs as root"
            + " (runAsUser 0)",
        "{\"runAsNonRoot\":true}                   | {\"runAsNonRoot\":false}                  |"
            + " /spec/containers/0/securityContext/runAsNonRoot: container \"app\" may run as root:"
            + " runAsNonRoot is not true and no runAsUser is set",
        "{\"runAsNonRoot\":false}                  | -                                         |"
            + " /spec/securityContext/runAsNonRoot: container \"app\" may run as root: runAsNonRoot"
            + " is not true and no runAsUser is set",
        "{\"runAsUser\":0}                         | {\"runAsNonRoot\":true,\"runAsUser\":1000} |"
            + " -",
        "{\"runAsUser\":0}                         | {\"runAsNonRoot\":true}                   |"
            + " /spec/securityContext/runAsUser: container \"app\" runs as root (runAsUser 0)",
        "{\"runAsUser\":1000}                      | -                                         | -",
        "{\"runAsUser\":1000,\"runAsNonRoot\":false} | -                                       | -",
        "-                                         | {\"runAsUser\":\"1000\"}                  |"
            + " /spec/containers/0/securityContext: container \"app\" may run as root: runAsNonRoot"
            + " is not true and no runAsUser is set",
        "-                                         | {\"runAsNonRoot\":\"true\"}               |"
            + " /spec/containers/0/securityContext/runAsNonRoot: container \"app\" may run as root:"
            + " runAsNonRoot is not true and no runAsUser is set",
        "{\"runAsUser\":null}                      | {\"runAsUser\":null,\"runAsNonRoot\":true} |"
            + " -",
      })
  void resolvesContainerOverPod(String pod, String container, String expected) {
    var resource =
        TestResources.pod(
            "{"
                + (pod == null ? "" : "\"securityContext\":" + pod + ",")
                + "\"containers\":[{\"name\":\"app\""
                + (container == null ? "" : ",\"securityContext\":" + container)
                + "}]}");
    var findings = describe(Findings.of(check, resource));
    if (expected == null) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).containsExactly(expected);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"os\":{\"name\":\"windows\"},\"containers\":[{\"name\":\"a\"}]}",
        "{\"nodeSelector\":{\"kubernetes.io/os\":\"windows\"},\"containers\":[{\"name\":\"a\"}]}",
      })
  void skipsWindowsPods(String spec) {
    assertThat(Findings.of(check, TestResources.pod(spec))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"os\":{\"name\":\"linux\"},\"containers\":[{\"name\":\"a\"}]}",
        // spec.os is what the API server goes by; it wins over a contradicting node selector
        "{\"os\":{\"name\":\"linux\"},\"nodeSelector\":{\"kubernetes.io/os\":\"windows\"},\"containers\":[{\"name\":\"a\"}]}",
        "{\"os\":{\"name\":\"Windows\"},\"containers\":[{\"name\":\"a\"}]}",
      })
  void checksLinuxPods(String spec) {
    assertThat(Findings.of(check, TestResources.pod(spec))).hasSize(1);
  }
}
