package dev.bulwark.checks.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.SecurityProfiles.Mechanism;
import dev.bulwark.checks.support.SecurityProfiles.Profile;
import dev.bulwark.checks.support.SecurityProfiles.Type;
import dev.bulwark.checks.testsupport.Findings;
import dev.bulwark.checks.testsupport.TestResources;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecurityProfilesTest {
  private static final String POD_ANNOTATION =
      "/metadata/annotations/seccomp.security.alpha.kubernetes.io~1pod";
  private static final String CONTAINER_ANNOTATION =
      "/metadata/annotations/container.seccomp.security.alpha.kubernetes.io~1app";

  @ParameterizedTest(name = "container {0}, its annotation {1}, pod {2}, pod annotation {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // container field | container annotation | pod field     | pod annotation  | type | from
        "-              | -                | -              | -               | -               |"
            + " -",
        "Unconfined     | runtime/default  | RuntimeDefault | runtime/default | UNCONFINED      |"
            + " /spec/containers/0/securityContext/seccompProfile/type",
        "-              | unconfined       | RuntimeDefault | runtime/default | UNCONFINED      | "
            + CONTAINER_ANNOTATION,
        "-              | -                | Unconfined     | runtime/default | UNCONFINED      |"
            + " /spec/securityContext/seccompProfile/type",
        "-              | -                | -              | unconfined      | UNCONFINED      | "
            + POD_ANNOTATION,
        "-              | -                | -              | docker/default  | RUNTIME_DEFAULT | "
            + POD_ANNOTATION,
        "-              | localhost/p.json | Unconfined     | -               | LOCALHOST       | "
            + CONTAINER_ANNOTATION,
        "-              | ''               | Localhost      | -               | LOCALHOST       |"
            + " /spec/securityContext/seccompProfile/type",
        "Bogus          | -                | -              | -               | INVALID         |"
            + " /spec/containers/0/securityContext/seccompProfile/type",
      })
  void seccompFollowsTheKubeletsOrder(
      String containerField,
      String containerAnnotation,
      String podField,
      String podAnnotation,
      Type type,
      String from) {
    String annotations =
        entry("seccomp.security.alpha.kubernetes.io/pod", podAnnotation)
            + entry("container.seccomp.security.alpha.kubernetes.io/app", containerAnnotation);
    ContainerRef container =
        container(annotations, "seccompProfile", podField, "seccompProfile", containerField);
    Optional<Profile> profile = SecurityProfiles.seccomp(container);
    assertThat(profile.map(Profile::type)).isEqualTo(Optional.ofNullable(type));
    assertThat(profile.map(p -> p.pointer().toString())).isEqualTo(Optional.ofNullable(from));
  }

  @ParameterizedTest(name = "container {0}, its annotation {1}, pod {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "-              | -                | -              | -",
        "RuntimeDefault | unconfined       | Unconfined     | RUNTIME_DEFAULT",
        "-              | unconfined       | RuntimeDefault | UNCONFINED",
        "-              | localhost/app    | Unconfined     | LOCALHOST",
        "-              | -                | Unconfined     | UNCONFINED",
        "-              | runtime/default  | -              | RUNTIME_DEFAULT",
      })
  void appArmorHasNoPodAnnotation(
      String containerField, String containerAnnotation, String podField, Type type) {
    String annotations =
        entry("container.apparmor.security.beta.kubernetes.io/app", containerAnnotation);
    ContainerRef container =
        container(annotations, "appArmorProfile", podField, "appArmorProfile", containerField);
    assertThat(SecurityProfiles.appArmor(container).map(Profile::type))
        .isEqualTo(Optional.ofNullable(type));
  }

  @Test
  void unconfinedPodProfileIsReportedOnceNamingItsHeirs() {
    var pod =
        Workloads.podSpec(
                TestResources.pod(
                    "{\"securityContext\":{\"seccompProfile\":{\"type\":\"Unconfined\"}},"
                        + "\"initContainers\":[{\"name\":\"init\"}],"
                        + "\"containers\":[{\"name\":\"app\"},{\"name\":\"own\","
                        + "\"securityContext\":{\"seccompProfile\":{\"type\":\"Unconfined\"}}}]}"))
            .orElseThrow();
    assertThat(Findings.describe(SecurityProfiles.unconfined(Mechanism.SECCOMP, pod)))
        .containsExactly(
            "/spec/securityContext/seccompProfile/type: pod runs without seccomp (Unconfined) in"
                + " its sandbox and in init container \"init\", container \"app\"",
            "/spec/containers/1/securityContext/seccompProfile/type: container \"own\" runs"
                + " without seccomp (Unconfined)");
  }

  private static String entry(String key, String value) {
    return value == null ? "" : ",\"" + key + "\":\"" + value + "\"";
  }

  private static ContainerRef container(
      String annotations, String podKey, String podType, String containerKey, String ownType) {
    String json =
        "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\",\"annotations\":{"
            + (annotations.isEmpty() ? "" : annotations.substring(1))
            + "}},\"spec\":{"
            + (podType == null
                ? ""
                : "\"securityContext\":{\"" + podKey + "\":{\"type\":\"" + podType + "\"}},")
            + "\"containers\":[{\"name\":\"app\""
            + (ownType == null
                ? ""
                : ",\"securityContext\":{\"" + containerKey + "\":{\"type\":\"" + ownType + "\"}}")
            + "}]}}";
    return Workloads.containers(TestResources.fromJson(json)).get(0);
  }
}
