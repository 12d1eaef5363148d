package dev.bulwark.admission.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.admission.Reviews;
import dev.bulwark.admission.decision.AdmissionRequest;
import dev.bulwark.admission.decision.AdmissionRequest.Operation;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import org.junit.jupiter.api.Test;

/** The request's object as the resource checks see: ref, origin, no positions. */
class AdmissionResourcesTest {

  private static AdmissionRequest request(String json, String namespace, String name) {
    return new AdmissionRequest(
        "admission.k8s.io/v1",
        "u",
        "",
        "pods",
        "",
        "Pod",
        name,
        namespace,
        Operation.CREATE,
        "",
        Reviews.parse(json),
        null,
        false);
  }

  @Test
  void namedPod() {
    Resource r =
        AdmissionResources.of(
            request(
                "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"web\",\"namespace\":\"shop\"}}",
                "shop",
                "web"));
    assertThat(r.ref().apiVersion()).isEqualTo("v1");
    assertThat(r.kind()).isEqualTo("Pod");
    assertThat(r.namespace()).isEqualTo("shop");
    assertThat(r.name()).isEqualTo("web");
    assertThat(r.file()).isEqualTo("admission://shop/Pod/web");
    assertThat(r.locate(JsonPointer.of("spec")).line()).isZero();
  }

  @Test
  void generateNameStandsInForTheName() {
    Resource r =
        AdmissionResources.of(
            request(
                "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"generateName\":\"web-\"}}",
                "shop",
                ""));
    assertThat(r.name()).isEmpty();
    assertThat(r.namespace()).isEqualTo("shop");
    assertThat(r.file()).isEqualTo("admission://shop/Pod/web-");
  }

  @Test
  void clusterScopedAndNamespaceObjectsHaveNoNamespace() {
    Resource ns =
        AdmissionResources.of(
            request(
                "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"shop\"}}",
                "shop",
                "shop"));
    assertThat(ns.namespace()).isNull();
    assertThat(ns.file()).isEqualTo("admission:///Namespace/shop");
    assertThat(AdmissionResources.of(request("null", "", "x"))).isNull();
  }
}
