package dev.bulwark.checks.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.PodReferences.Reference;
import dev.bulwark.checks.testsupport.TestResources;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodReferencesTest {

  @Test
  void findsEveryKindOfReferenceWithItsPointerAndPlace() {
    var pod =
        TestResources.pod(
            """
            {"serviceAccountName":"api","imagePullSecrets":[{"name":"regcred"}],
             "containers":[{"name":"app",
               "env":[{"name":"A","valueFrom":{"secretKeyRef":{"name":"s1","key":"k"}}},
                      {"name":"B","valueFrom":{"configMapKeyRef":{"name":"c1","key":"k",
                                                                  "optional":true}}},
                      {"name":"C","value":"x"}],
               "envFrom":[{"secretRef":{"name":"s2"}},{"configMapRef":{"name":"c2"}}]}],
             "volumes":[{"name":"v1","secret":{"secretName":"s3"}},
                        {"name":"v2","configMap":{"name":"c3"}},
                        {"name":"v3","projected":{"sources":[{"secret":{"name":"s4"}},
                                                             {"serviceAccountToken":{"path":"t"}}]}},
                        {"name":"v4","emptyDir":{}}]}
            """);
    List<String> found =
        PodReferences.of(Workloads.podSpec(pod).orElseThrow()).stream()
            .map(PodReferencesTest::describe)
            .toList();
    assertThat(found)
        .containsExactly(
            "SECRET s1 ENV /spec/containers/0/env/0/valueFrom/secretKeyRef/name"
                + " [env var \"A\" of container \"app\"]",
            "CONFIG_MAP c1 ENV /spec/containers/0/env/1/valueFrom/configMapKeyRef/name optional"
                + " [env var \"B\" of container \"app\"]",
            "SECRET s2 ENV_FROM /spec/containers/0/envFrom/0/secretRef/name"
                + " [envFrom of container \"app\"]",
            "CONFIG_MAP c2 ENV_FROM /spec/containers/0/envFrom/1/configMapRef/name"
                + " [envFrom of container \"app\"]",
            "SECRET s3 VOLUME /spec/volumes/0/secret/secretName [volume \"v1\"]",
            "CONFIG_MAP c3 VOLUME /spec/volumes/1/configMap/name [volume \"v2\"]",
            "SECRET s4 PROJECTED_VOLUME /spec/volumes/2/projected/sources/0/secret/name"
                + " [volume \"v3\"]",
            "SECRET regcred IMAGE_PULL_SECRET /spec/imagePullSecrets/0/name [imagePullSecrets]",
            "SERVICE_ACCOUNT api SERVICE_ACCOUNT /spec/serviceAccountName [the pod]");
  }

  @Test
  void readsTheDeprecatedServiceAccountFieldOnlyAsAFallback() {
    var both = TestResources.pod("{\"serviceAccountName\":\"new\",\"serviceAccount\":\"old\"}");
    var old = TestResources.pod("{\"serviceAccount\":\"old\",\"serviceAccountName\":\"\"}");
    assertThat(PodReferences.of(Workloads.podSpec(both).orElseThrow()))
        .extracting(Reference::name)
        .containsExactly("new");
    assertThat(PodReferences.of(Workloads.podSpec(old).orElseThrow()))
        .extracting(Reference::name)
        .containsExactly("old");
  }

  private static String describe(Reference r) {
    return r.target()
        + " "
        + r.name()
        + " "
        + r.usage()
        + " "
        + r.namePointer()
        + (r.optional() ? " optional" : "")
        + " ["
        + r.place()
        + "]";
  }
}
