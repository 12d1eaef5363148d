package dev.bulwark.checks.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.ContainerKind;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.testsupport.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComputeResourcesTest {

  @ParameterizedTest(name = "{0}: memory limit {1}, cpu request {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{}                                                    | false | false",
        "{\"limits\":{\"memory\":\"256Mi\"}}                   | true  | false",
        "{\"limits\":{\"memory\":\"0\"}}                       | false | false",
        "{\"limits\":{\"memory\":\"0Mi\"}}                     | false | false",
        "{\"limits\":{\"memory\":0}}                           | false | false",
        "{\"limits\":{\"memory\":134217728}}                   | true  | false",
        "{\"limits\":{\"memory\":null}}                        | false | false",
        "{\"requests\":{\"cpu\":\"100m\"}}                     | false | true",
        "{\"requests\":{\"cpu\":0.5}}                          | false | true",
        "{\"requests\":{\"cpu\":\"0.0\"}}                      | false | false",
        "{\"limits\":{\"cpu\":\"1\"}}                          | false | true",
        "{\"requests\":{\"cpu\":\"0\"},\"limits\":{\"cpu\":\"1\"}} | false | false",
        "{\"limits\":{\"cpu\":\"0.001\"}}                      | false | true",
      })
  void readsLimitsAndDefaultedRequests(String resources, boolean memoryLimit, boolean cpuRequest) {
    ContainerRef container = container("{\"name\":\"app\",\"resources\":" + resources + "}");
    assertThat(ComputeResources.hasLimit(container, ComputeResources.MEMORY))
        .isEqualTo(memoryLimit);
    assertThat(ComputeResources.hasRequest(container, ComputeResources.CPU)).isEqualTo(cpuRequest);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":\"app\"}                                  | /spec/containers/0",
        "{\"name\":\"app\",\"resources\":{}}                 | /spec/containers/0/resources",
        "{\"name\":\"app\",\"resources\":{\"limits\":{}}}    | /spec/containers/0/resources/limits",
        "{\"name\":\"app\",\"resources\":{\"limits\":{\"memory\":\"0\"}}} |"
            + " /spec/containers/0/resources/limits/memory",
      })
  void pointsWhereTheMissingValueBelongs(String json, String pointer) {
    assertThat(ComputeResources.missingPointer(container(json), "limits", "memory"))
        .hasToString(pointer);
  }

  @Test
  void ephemeralContainersCannotBeSized() {
    var containers =
        Workloads.containers(
            TestResources.pod(
                "{\"initContainers\":[{\"name\":\"i\"}],\"containers\":[{\"name\":\"c\"}],"
                    + "\"ephemeralContainers\":[{\"name\":\"e\"}]}"));
    assertThat(ComputeResources.sizedContainers(containers))
        .extracting(ContainerRef::kind)
        .containsExactly(ContainerKind.INIT, ContainerKind.REGULAR);
  }

  private static ContainerRef container(String json) {
    return Workloads.containers(TestResources.pod("{\"containers\":[" + json + "]}")).get(0);
  }
}
