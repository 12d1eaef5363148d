package dev.bulwark.bench;

import dev.bulwark.admission.BadReviewException;
import dev.bulwark.admission.ExistingPods;
import dev.bulwark.admission.config.AdmissionConfig;
import dev.bulwark.admission.config.AdmissionConfigException;
import dev.bulwark.admission.namespaces.NamespaceManifests;
import dev.bulwark.admission.review.PolicyReviewHandler;
import dev.bulwark.engine.CheckRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One admission review on one thread: a typical Pod (the hardened pod of {@link PssPods}) in a
 * namespace that enforces baseline and warns and audits restricted, with five Bulwark checks in an
 * enforce rule and a warn rule. {@code handler} starts from the parsed tree, as the server hands it
 * over; {@code bytesToBytes} adds JSON parsing and writing, the whole CPU cost of a request apart
 * from TLS and HTTP.
 *
 * <p>Run: {@code ./mvnw -Pbench -pl bulwark-bench -am package -DskipTests && java -jar
 * bulwark-bench/target/benchmarks.jar AdmissionReview}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class AdmissionReviewBenchmark {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final String CONFIG =
      """
      apiVersion: bulwark.dev/v1alpha1
      kind: AdmissionConfiguration
      policies:
        - name: hardening
          mode: enforce
          checks: [privileged-container, allow-privilege-escalation, host-namespaces]
        - name: hygiene
          mode: warn
          checks: [latest-tag, no-cpu-request]
      """;

  private PolicyReviewHandler handler;
  private JsonNode typicalReview;
  private JsonNode deniedReview;
  private byte[] typicalBytes;

  @Setup
  public void setUp() throws AdmissionConfigException {
    AdmissionConfig config = AdmissionConfig.parse("bench.yaml", CONFIG, CheckRegistry.discover());
    NamespaceManifests namespaces = shopNamespace();
    handler = new PolicyReviewHandler(config, namespaces, ExistingPods.NONE);
    typicalReview = review(PssPods.TYPICAL_SPEC);
    deniedReview = review(PssPods.DENIED_SPEC);
    typicalBytes = typicalReview.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The namespace every bench review is in: enforce baseline, warn and audit restricted. */
  static NamespaceManifests shopNamespace() {
    return NamespaceManifests.of(
        Map.of(
            "shop",
            Map.of(
                "pod-security.kubernetes.io/enforce", "baseline",
                "pod-security.kubernetes.io/warn", "restricted",
                "pod-security.kubernetes.io/audit", "restricted")));
  }

  static JsonNode review(String spec) {
    ObjectNode review = JSON.createObjectNode();
    review.put("apiVersion", "admission.k8s.io/v1").put("kind", "AdmissionReview");
    ObjectNode request = review.putObject("request");
    request.put("uid", "2b752327-a529-4ffd-b2e2-478455e80a0d");
    request.putObject("kind").put("group", "").put("version", "v1").put("kind", "Pod");
    request.putObject("resource").put("group", "").put("version", "v1").put("resource", "pods");
    request.put("name", "shop-7c9d8f6b5-x2x4q").put("namespace", "shop").put("operation", "CREATE");
    request
        .putObject("userInfo")
        .put("username", "system:serviceaccount:kube-system:replicaset-controller");
    ObjectNode pod = request.putObject("object");
    pod.put("apiVersion", "v1").put("kind", "Pod");
    pod.set("metadata", JSON.readTree(PssPods.TYPICAL_METADATA));
    ((ObjectNode) pod.get("metadata")).put("name", "shop-7c9d8f6b5-x2x4q").put("namespace", "shop");
    pod.set("spec", JSON.readTree(spec));
    return review;
  }

  /** The handler alone: parsed review in, response tree out. */
  @Benchmark
  public ObjectNode typicalPodReview() throws BadReviewException {
    return handler.handle(typicalReview);
  }

  /** A pod denied by baseline, audited and warned at restricted, and denied by policy. */
  @Benchmark
  public ObjectNode deniedPodReview() throws BadReviewException {
    return handler.handle(deniedReview);
  }

  /** Request bytes to response bytes: what a server thread spends apart from TLS and HTTP. */
  @Benchmark
  public byte[] typicalPodBytesToBytes() throws BadReviewException {
    return JSON.writeValueAsBytes(handler.handle(JSON.readTree(typicalBytes)));
  }
}
