package dev.bulwark.bench;

import dev.bulwark.admission.BadReviewException;
import dev.bulwark.admission.ExistingPods;
import dev.bulwark.admission.config.AdmissionConfig;
import dev.bulwark.admission.config.AdmissionConfigException;
import dev.bulwark.admission.namespaces.NamespaceManifests;
import dev.bulwark.admission.review.PolicyReviewHandler;
import dev.bulwark.engine.CheckRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link AdmissionReviewBenchmark}'s reviews counted against the thread's own CPU time, so the
 * figure means "per core" even on a machine shared with other builds; also each piece alone (Pod
 * Security only, each policy check alone) to show where the time goes.
 *
 * <p>Run: {@code java -cp bulwark-bench/target/benchmarks.jar
 * dev.bulwark.bench.AdmissionCpuThroughput}
 */
public final class AdmissionCpuThroughput {
  private static final int BATCH = 50_000;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String HEADER =
      "apiVersion: bulwark.dev/v1alpha1\nkind: AdmissionConfiguration\n";

  private AdmissionCpuThroughput() {}

  public static void main(String[] args) throws Exception {
    CheckRegistry registry = CheckRegistry.discover();
    NamespaceManifests shop = AdmissionReviewBenchmark.shopNamespace();
    NamespaceManifests unlabelled = NamespaceManifests.of(Map.of("shop", Map.of()));
    JsonNode typical = AdmissionReviewBenchmark.review(PssPods.TYPICAL_SPEC);
    JsonNode denied = AdmissionReviewBenchmark.review(PssPods.DENIED_SPEC);
    PolicyReviewHandler full = handler(AdmissionReviewBenchmark.CONFIG, registry, shop);

    measure("typical pod: PSA baseline+restricted and 5 checks", full, typical, false);
    measure("typical pod, request bytes to response bytes", full, typical, true);
    measure("denied pod: PSA and 5 checks", full, denied, false);
    measure("typical pod, PSA only", handler(HEADER, registry, shop), typical, false);
    measure(
        "typical pod, nothing to evaluate (privileged namespace, no policy)",
        handler(HEADER, registry, unlabelled),
        typical,
        false);
    for (String check :
        new String[] {
          "privileged-container",
          "allow-privilege-escalation",
          "host-namespaces",
          "latest-tag",
          "no-cpu-request"
        }) {
      String config =
          HEADER
              + "podSecurity: {enabled: false}\npolicies:\n  - {name: one, mode: enforce, checks: ["
              + check
              + "]}\n";
      measure(
          "typical pod, only check " + check,
          handler(config, registry, unlabelled),
          typical,
          false);
    }
  }

  private static PolicyReviewHandler handler(
      String config, CheckRegistry registry, NamespaceManifests namespaces)
      throws AdmissionConfigException {
    return new PolicyReviewHandler(
        AdmissionConfig.parse("bench.yaml", config, registry), namespaces, ExistingPods.NONE);
  }

  private static void measure(
      String label, PolicyReviewHandler handler, JsonNode review, boolean bytes)
      throws BadReviewException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    byte[] body = review.toString().getBytes(StandardCharsets.UTF_8);
    long sink = 0;
    for (int warmup = 0; warmup < 10; warmup++) {
      sink += run(handler, review, body, bytes);
    }
    double best = Double.MAX_VALUE;
    com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
    long id = Thread.currentThread().getId();
    long allocated = 0;
    for (int round = 1; round <= 5; round++) {
      long bytesStart = allocation.getThreadAllocatedBytes(id);
      long cpuStart = threads.getCurrentThreadCpuTime();
      sink += run(handler, review, body, bytes);
      long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
      allocated = allocation.getThreadAllocatedBytes(id) - bytesStart;
      best = Math.min(best, cpu / (double) BATCH);
    }
    System.out.printf(
        "%-70s %7.2f µs CPU %,8d B allocated (best of 5 batches of %,d)%n",
        label, best / 1000, allocated / BATCH, BATCH);
    if (sink == 42) {
      System.out.println();
    }
  }

  private static long run(PolicyReviewHandler handler, JsonNode review, byte[] body, boolean bytes)
      throws BadReviewException {
    long size = 0;
    for (int i = 0; i < BATCH; i++) {
      if (bytes) {
        size += JSON.writeValueAsBytes(handler.handle(JSON.readTree(body))).length;
      } else {
        size += handler.handle(review).size();
      }
    }
    return size;
  }
}
