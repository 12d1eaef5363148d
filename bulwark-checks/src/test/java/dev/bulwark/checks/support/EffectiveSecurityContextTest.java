package dev.bulwark.checks.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.EffectiveSecurityContext.Level;
import dev.bulwark.checks.support.EffectiveSecurityContext.Setting;
import dev.bulwark.checks.testsupport.TestResources;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EffectiveSecurityContextTest {

  private static EffectiveSecurityContext context(String podSecurity, String containerSecurity) {
    String spec =
        "{"
            + (podSecurity == null ? "" : "\"securityContext\":" + podSecurity + ",")
            + "\"containers\":[{\"name\":\"app\""
            + (containerSecurity == null ? "" : ",\"securityContext\":" + containerSecurity)
            + "}]}";
    ContainerRef container = Workloads.containers(TestResources.pod(spec)).get(0);
    return EffectiveSecurityContext.of(container);
  }

  @ParameterizedTest(name = "pod {0} + container {1} -> {3} from {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // pod securityContext           | container securityContext         | field        | value
        // | from      | pointer
        "-                               | -                                 | runAsUser    | -    "
            + " | -         | -",
        "{}                              | {}                                | runAsUser    | -    "
            + " | -         | -",
        "{\"runAsUser\":0}               | -                                 | runAsUser    | 0    "
            + " | POD       | /spec/securityContext/runAsUser",
        "{\"runAsUser\":0}               | {\"runAsUser\":1000}              | runAsUser    | 1000 "
            + " | CONTAINER | /spec/containers/0/securityContext/runAsUser",
        "{\"runAsUser\":0}               | {\"runAsUser\":null}              | runAsUser    | 0    "
            + " | POD       | /spec/securityContext/runAsUser",
        "-                               | {\"runAsUser\":0}                 | runAsUser    | 0    "
            + " | CONTAINER | /spec/containers/0/securityContext/runAsUser",
        "{\"runAsNonRoot\":true}         | {\"runAsNonRoot\":false}          | runAsNonRoot | false"
            + " | CONTAINER | /spec/containers/0/securityContext/runAsNonRoot",
        "{\"runAsNonRoot\":true}         | {\"runAsUser\":0}                 | runAsNonRoot | true "
            + " | POD       | /spec/securityContext/runAsNonRoot",
        "{\"runAsGroup\":3000}           | {\"runAsUser\":5}                 | runAsGroup   | 3000 "
            + " | POD       | /spec/securityContext/runAsGroup",
        "{\"seccompProfile\":{\"type\":\"RuntimeDefault\"}} |"
            + " {\"seccompProfile\":{\"type\":\"Localhost\"}} | seccompProfile |"
            + " {\"type\":\"Localhost\"} | CONTAINER |"
            + " /spec/containers/0/securityContext/seccompProfile",
        "{\"seccompProfile\":{\"type\":\"RuntimeDefault\"}} | {\"privileged\":true}  |"
            + " seccompProfile | {\"type\":\"RuntimeDefault\"} | POD |"
            + " /spec/securityContext/seccompProfile",
        "{\"appArmorProfile\":{\"type\":\"RuntimeDefault\"}} |"
            + " {\"appArmorProfile\":{\"type\":\"Unconfined\"}} | appArmorProfile |"
            + " {\"type\":\"Unconfined\"} | CONTAINER |"
            + " /spec/containers/0/securityContext/appArmorProfile",
      })
  void containerFieldWinsOverPodField(
      String pod, String container, String field, String value, Level from, String pointer) {
    Optional<Setting> setting = accessor(field).apply(context(pod, container));
    if (value == null) {
      assertThat(setting).isEmpty();
      return;
    }
    assertThat(setting).isPresent();
    assertThat(setting.get().value().toString()).isEqualTo(value);
    assertThat(setting.get().level()).isEqualTo(from);
    assertThat(setting.get().pointer()).hasToString(pointer);
  }

  @Test
  void seLinuxOptionsAreReplacedWholeNotMerged() {
    EffectiveSecurityContext sc =
        context(
            "{\"seLinuxOptions\":{\"type\":\"spc_t\",\"level\":\"s0:c1\"}}",
            "{\"seLinuxOptions\":{\"level\":\"s0:c2\"}}");
    assertThat(sc.seLinuxOptions().orElseThrow().value().has("type")).isFalse();
    assertThat(sc.seLinuxOptions().orElseThrow().level()).isEqualTo(Level.CONTAINER);
  }

  @Test
  void windowsOptionsAreMergedFieldByField() {
    EffectiveSecurityContext sc =
        context(
            "{\"windowsOptions\":{\"hostProcess\":true,\"runAsUserName\":\"NT"
                + " AUTHORITY\\\\SYSTEM\"}}",
            "{\"windowsOptions\":{\"runAsUserName\":\"ContainerUser\"}}");
    assertThat(sc.windowsOption("hostProcess").orElseThrow().level()).isEqualTo(Level.POD);
    assertThat(sc.windowsOption("runAsUserName").orElseThrow().string()).contains("ContainerUser");
  }

  @Test
  void missingSettingPointsAtSecurityContextOrContainer() {
    assertThat(context(null, null).missingSettingPointer()).hasToString("/spec/containers/0");
    assertThat(context(null, "{}").missingSettingPointer())
        .hasToString("/spec/containers/0/securityContext");
  }

  private static Function<EffectiveSecurityContext, Optional<Setting>> accessor(String field) {
    return switch (field) {
      case "runAsUser" -> EffectiveSecurityContext::runAsUser;
      case "runAsNonRoot" -> EffectiveSecurityContext::runAsNonRoot;
      case "runAsGroup" -> EffectiveSecurityContext::runAsGroup;
      case "seLinuxOptions" -> EffectiveSecurityContext::seLinuxOptions;
      case "seccompProfile" -> EffectiveSecurityContext::seccompProfile;
      case "appArmorProfile" -> EffectiveSecurityContext::appArmorProfile;
      default -> throw new IllegalArgumentException(field);
    };
  }
}
