package dev.bulwark.checks.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spot checks against the Kubernetes Deprecated API Migration Guide. */
class RemovedApisTest {

  @ParameterizedTest(name = "{1} {0} -> {2}, {3}")
  @CsvSource({
    "extensions/v1beta1, Deployment, v1.16, apps/v1",
    "apps/v1beta1, StatefulSet, v1.16, apps/v1",
    "apps/v1beta2, ReplicaSet, v1.16, apps/v1",
    "extensions/v1beta1, NetworkPolicy, v1.16, networking.k8s.io/v1",
    "extensions/v1beta1, Ingress, v1.22, networking.k8s.io/v1",
    "networking.k8s.io/v1beta1, IngressClass, v1.22, networking.k8s.io/v1",
    "rbac.authorization.k8s.io/v1beta1, RoleBinding, v1.22, rbac.authorization.k8s.io/v1",
    "admissionregistration.k8s.io/v1beta1, MutatingWebhookConfiguration, v1.22,"
        + " admissionregistration.k8s.io/v1",
    "storage.k8s.io/v1beta1, StorageClass, v1.22, storage.k8s.io/v1",
    "batch/v1beta1, CronJob, v1.25, batch/v1",
    "policy/v1beta1, PodDisruptionBudget, v1.25, policy/v1",
    "autoscaling/v2beta1, HorizontalPodAutoscaler, v1.25, autoscaling/v2",
    "autoscaling/v2beta2, HorizontalPodAutoscaler, v1.26, autoscaling/v2",
    "flowcontrol.apiserver.k8s.io/v1beta1, FlowSchema, v1.26, flowcontrol.apiserver.k8s.io/v1",
    "storage.k8s.io/v1beta1, CSIStorageCapacity, v1.27, storage.k8s.io/v1",
    "flowcontrol.apiserver.k8s.io/v1beta2, PriorityLevelConfiguration, v1.29,"
        + " flowcontrol.apiserver.k8s.io/v1",
    "flowcontrol.apiserver.k8s.io/v1beta3, FlowSchema, v1.32, flowcontrol.apiserver.k8s.io/v1"
  })
  void knowsTheRemovals(String apiVersion, String kind, String removedIn, String replacement) {
    var removal = RemovedApis.find(apiVersion, kind).orElseThrow();
    assertThat(removal.removedIn()).isEqualTo(removedIn);
    assertThat(removal.replacement()).isEqualTo(replacement);
  }

  @ParameterizedTest(name = "{1} {0}")
  @CsvSource({
    "apps/v1, Deployment",
    "networking.k8s.io/v1, Ingress",
    "storage.k8s.io/v1beta1, VolumeAttributesClass",
    "policy/v1beta1, Eviction",
    "networking.istio.io/v1beta1, VirtualService"
  })
  void leavesServedVersionsAlone(String apiVersion, String kind) {
    assertThat(RemovedApis.find(apiVersion, kind)).isEmpty();
  }
}
