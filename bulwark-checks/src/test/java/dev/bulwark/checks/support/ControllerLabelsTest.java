package dev.bulwark.checks.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Workloads;
import dev.bulwark.checks.testsupport.TestResources;
import org.junit.jupiter.api.Test;

class ControllerLabelsTest {

  @Test
  void statefulSetPodsAreNamedByOrdinal() {
    var labels = ControllerLabels.of(pod("StatefulSet", "redis", "apps/v1"));
    assertThat(labels.get("statefulset.kubernetes.io/pod-name").test("redis-2")).isTrue();
    assertThat(labels.get("statefulset.kubernetes.io/pod-name").test("redis-x")).isFalse();
    assertThat(labels.get("statefulset.kubernetes.io/pod-name").test("redis-sentinel-0")).isFalse();
    assertThat(labels.get("apps.kubernetes.io/pod-index").test("0")).isTrue();
  }

  @Test
  void jobPodsCarryTheirJobName() {
    var job = ControllerLabels.of(pod("Job", "migrate", "batch/v1"));
    assertThat(job.get("job-name").test("migrate")).isTrue();
    assertThat(job.get("batch.kubernetes.io/job-name").test("migrate-2")).isFalse();
    var cronJob = ControllerLabels.of(pod("CronJob", "nightly", "batch/v1"));
    assertThat(cronJob.get("job-name").test("nightly-29123456")).isTrue();
  }

  @Test
  void bareControllersAddNothingWeCanUse() {
    assertThat(ControllerLabels.of(pod("Pod", "p", "v1"))).isEmpty();
    assertThat(ControllerLabels.of(pod("Deployment", "web", "apps/v1")))
        .containsOnlyKeys("pod-template-hash");
  }

  private static dev.bulwark.api.PodSpecRef pod(String kind, String name, String apiVersion) {
    String template = "{\"containers\":[{\"name\":\"c\",\"image\":\"x\"}]}";
    String body =
        switch (kind) {
          case "Pod" -> "\"spec\":" + template;
          case "CronJob" ->
              "\"spec\":{\"jobTemplate\":{\"spec\":{\"template\":{\"spec\":" + template + "}}}}";
          default -> "\"spec\":{\"template\":{\"spec\":" + template + "}}";
        };
    var resource =
        TestResources.fromJson(
            "{\"apiVersion\":\""
                + apiVersion
                + "\",\"kind\":\""
                + kind
                + "\",\"metadata\":{\"name\":\""
                + name
                + "\"},"
                + body
                + "}");
    return Workloads.podSpec(resource).orElseThrow();
  }
}
