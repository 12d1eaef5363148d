package dev.bulwark.bench;

import dev.bulwark.admission.BadReviewException;
import dev.bulwark.admission.ExistingPods;
import dev.bulwark.admission.config.AdmissionConfig;
import dev.bulwark.admission.review.PolicyReviewHandler;
import dev.bulwark.engine.CheckRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one large Pod review costs, bytes to bytes, by size and shape: the figures behind the
 * largest review the admission server decides on an event loop ({@code
 * ReviewEvaluator.INLINE_MAX_BYTES}). Shapes: as many containers as fit (each with a capability, a
 * {@code :latest} image and a PASSWORD env value: work for every check), one container with as
 * many token-like env values as fit (the secret detectors), one container with one long random
 * argument. CPU time of the measuring thread, best of 5 batches, after a whole first pass that
 * only warms up.
 *
 * <p>Run: {@code java -cp bulwark-bench/target/benchmarks.jar dev.bulwark.bench.AdmissionReviewSizes}
 */
public final class AdmissionReviewSizes {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int[] KIBIBYTES = {4, 16, 32, 64};

  private AdmissionReviewSizes() {}

  public static void main(String[] args) throws Exception {
    PolicyReviewHandler handler =
        new PolicyReviewHandler(
            AdmissionConfig.parse(
                "bench.yaml", AdmissionReviewBenchmark.CONFIG, CheckRegistry.discover()),
            AdmissionReviewBenchmark.shopNamespace(),
            ExistingPods.NONE);
    Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
    shapes.put("containers", AdmissionReviewSizes::manyContainers);
    shapes.put("env values", AdmissionReviewSizes::manyEnvValues);
    shapes.put("one long argument", AdmissionReviewSizes::oneLongArgument);
    // The first pass only warms the JIT up on every shape and size; the second is printed.
    for (boolean print : new boolean[] {false, true}) {
      for (Map.Entry<String, IntFunction<String>> shape : shapes.entrySet()) {
        for (int kib : KIBIBYTES) {
          measure(shape.getKey(), kib, review(shape.getValue(), kib * 1024), handler, print);
        }
      }
    }
  }

  /** A review whose body is about {@code bytes} long, its spec made by {@code spec}. */
  private static byte[] review(IntFunction<String> spec, int bytes) {
    int overhead = AdmissionReviewBenchmark.review("{}").toString().length();
    String json = AdmissionReviewBenchmark.review(spec.apply(bytes - overhead)).toString();
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static String manyContainers(int bytes) {
    StringBuilder spec = new StringBuilder("{\"containers\":[");
    for (int i = 0; spec.length() < bytes - 200; i++) {
      spec.append(i == 0 ? "" : ",")
          .append("{\"name\":\"c")
          .append(i)
          .append("\",\"image\":\"registry.example.com/app/c")
          .append(i)
          .append(":latest\",\"securityContext\":{\"privileged\":false,")
          .append("\"capabilities\":{\"add\":[\"NET_ADMIN\"]}},")
          .append("\"env\":[{\"name\":\"PASSWORD\",\"value\":\"hunter2-")
          .append(i)
          .append("\"}]}");
    }
    return spec.append("]}").toString();
  }

  private static String manyEnvValues(int bytes) {
    StringBuilder spec =
        new StringBuilder("{\"containers\":[{\"name\":\"app\",\"image\":\"nginx:latest\",\"env\":[");
    for (int i = 0; spec.length() < bytes - 100; i++) {
      spec.append(i == 0 ? "" : ",")
          .append("{\"name\":\"API_TOKEN_")
          .append(i)
          .append("\",\"value\":\"ghp_")
          .append(String.format("%036d", i))
          .append("\"}");
    }
    return spec.append("]}]}").toString();
  }

  private static String oneLongArgument(int bytes) {
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=_-.";
    Random random = new Random(1);
    StringBuilder spec =
        new StringBuilder("{\"containers\":[{\"name\":\"app\",\"image\":\"nginx:latest\",\"args\":[\"");
    while (spec.length() < bytes - 10) {
      spec.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return spec.append("\"]}]}").toString();
  }

  private static void measure(
      String shape, int kib, byte[] body, PolicyReviewHandler handler, boolean print)
      throws BadReviewException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int batch = Math.max(50, 200_000 / kib / 16);
    long sink = 0;
    for (int warmup = 0; warmup < 5; warmup++) {
      sink += run(handler, body, batch);
    }
    double best = Double.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      long start = threads.getCurrentThreadCpuTime();
      sink += run(handler, body, batch);
      best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / (double) batch);
    }
    if (print) {
      System.out.printf(
          "%-18s %6d bytes  %8.3f ms CPU per review (best of 5 batches of %d)%n",
          shape, body.length, best / 1e6, batch);
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  private static long run(PolicyReviewHandler handler, byte[] body, int batch)
      throws BadReviewException {
    long size = 0;
    for (int i = 0; i < batch; i++) {
      size += JSON.writeValueAsBytes(handler.handle(JSON.readTree(body))).length;
    }
    return size;
  }
}
