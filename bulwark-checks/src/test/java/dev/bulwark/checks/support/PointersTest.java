package dev.bulwark.checks.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.checks.testsupport.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointersTest {
  private static final Resource POD =
      TestResources.pod(
          "{\"containers\":[{\"name\":\"a\",\"securityContext\":{\"capabilities\":null}}]}");
  private static final JsonPointer CONTAINER = JsonPointer.parse("/spec/containers/0");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/spec/containers/0/securityContext/capabilities/drop,"
        + " /spec/containers/0/securityContext/capabilities",
    "/spec/containers/0/securityContext/readOnlyRootFilesystem, /spec/containers/0/securityContext",
    "/spec/containers/0/resources/limits/memory, /spec/containers/0",
    "/spec/containers/0/name, /spec/containers/0/name",
  })
  void stopsAtTheNearestPresentField(String field, String expected) {
    assertThat(Pointers.nearestPresent(POD, JsonPointer.parse(field), CONTAINER))
        .hasToString(expected);
  }

  @Test
  void refusesFieldsOutsideTheFloor() {
    assertThatThrownBy(
            () -> Pointers.nearestPresent(POD, JsonPointer.parse("/metadata/name"), CONTAINER))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
