package dev.bulwark.checks.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.checks.testsupport.TestResources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PodsTest {

  @ParameterizedTest(name = "{0} -> {1} Linux containers")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"containers\":[{\"name\":\"a\"}],\"initContainers\":[{\"name\":\"i\"}]}       | 2",
        "{\"os\":{\"name\":\"linux\"},\"containers\":[{\"name\":\"a\"}]}                  | 1",
        "{\"os\":{\"name\":\"windows\"},\"containers\":[{\"name\":\"a\"}]}                | 0",
        "{\"nodeSelector\":{\"kubernetes.io/os\":\"windows\"},\"containers\":[{\"name\":\"a\"}]} |"
            + " 0",
      })
  void linuxContainersLeaveWindowsPodsOut(String spec, int count) {
    assertThat(Pods.linuxContainers(TestResources.pod(spec))).hasSize(count);
  }
}
