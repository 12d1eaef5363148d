package dev.bulwark.checks.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.Capabilities.Capability;
import dev.bulwark.checks.testsupport.TestResources;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapabilitiesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "SYS_ADMIN, SYS_ADMIN",
    "sys_admin, SYS_ADMIN",
    "CAP_SYS_ADMIN, SYS_ADMIN",
    "cap_net_raw, NET_RAW",
    "' NET_RAW ', NET_RAW",
    "ALL, ALL",
    "all, ALL",
    // Runtimes compare ALL without a prefix: CAP_ALL is nothing they know.
    "CAP_ALL, CAP_ALL",
    "cap_all, CAP_ALL",
  })
  void normalizesAsRuntimesDo(String written, String expected) {
    assertThat(Capabilities.normalize(written)).isEqualTo(expected);
  }

  @Test
  void readsAddAndDropWithPointersSkippingNonStrings() {
    ContainerRef container =
        container(
            "{\"capabilities\":{\"add\":[\"cap_sys_admin\",7,null,\"NET_RAW\"],\"drop\":[\"all\"]}}");
    assertThat(Capabilities.added(container))
        .extracting(Capability::name, c -> c.pointer().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "SYS_ADMIN", "/spec/containers/0/securityContext/capabilities/add/0"),
            org.assertj.core.groups.Tuple.tuple(
                "NET_RAW", "/spec/containers/0/securityContext/capabilities/add/3"));
    assertThat(Capabilities.dropped(container)).extracting(Capability::name).containsExactly("ALL");
  }

  @Test
  void allGrantsEveryCapability() {
    assertThat(
            Capabilities.grants(container("{\"capabilities\":{\"add\":[\"ALL\"]}}"), "SYS_ADMIN"))
        .map(Capability::name)
        .contains("ALL");
    assertThat(
            Capabilities.grants(container("{\"capabilities\":{\"add\":[\"CHOWN\"]}}"), "SYS_ADMIN"))
        .isEmpty();
  }

  @Test
  void toleratesMissingOrMistypedLists() {
    for (String security :
        List.of("{}", "{\"capabilities\":null}", "{\"capabilities\":{\"add\":{\"a\":1}}}")) {
      assertThat(Capabilities.added(container(security))).as(security).isEmpty();
    }
  }

  private static ContainerRef container(String securityContext) {
    return Workloads.containers(
            TestResources.pod(
                "{\"containers\":[{\"name\":\"app\",\"securityContext\":"
                    + securityContext
                    + "}]}"))
        .get(0);
  }
}
