package dev.bulwark.bench;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.checks.pss.PssLevel;
import dev.bulwark.checks.pss.PssPod;
import dev.bulwark.checks.pss.PssResult;
import dev.bulwark.checks.pss.PssVersion;
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
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pod Security evaluations per second on one thread, from the parsed JSON tree to the verdict:
 * decoding the pod spec plus evaluating it. The "typical" pod is a hardened Deployment template
 * (init container, app and sidecar, probes, ports, volumes, annotations) that passes both levels;
 * the "denied" pod fails restricted in four checks, so it also pays for messages and pointers.
 *
 * <p>Run: {@code ./mvnw -Pbench -pl bulwark-bench -am package -DskipTests && java -jar
 * bulwark-bench/target/benchmarks.jar Pss}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class PssEvaluationBenchmark {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonPointer METADATA = JsonPointer.of("spec", "template", "metadata");
  private static final JsonPointer SPEC = JsonPointer.of("spec", "template", "spec");

  private JsonNode typicalMetadata;
  private JsonNode typicalSpec;
  private JsonNode deniedMetadata;
  private JsonNode deniedSpec;

  @Setup
  public void setUp() {
    typicalMetadata = JSON.readTree(PssPods.TYPICAL_METADATA);
    typicalSpec = JSON.readTree(PssPods.TYPICAL_SPEC);
    deniedMetadata = JSON.readTree("{\"labels\":{\"app\":\"legacy\"}}");
    deniedSpec = JSON.readTree(PssPods.DENIED_SPEC);
  }

  /** The headline figure: one pod checked at baseline and at restricted (decoded once). */
  @Benchmark
  public void typicalPodAtBaselineAndRestricted(Blackhole out) {
    PssPod pod = PssPod.of(typicalMetadata, typicalSpec, METADATA, SPEC, false);
    out.consume(pod.evaluate(PssLevel.BASELINE, PssVersion.LATEST));
    out.consume(pod.evaluate(PssLevel.RESTRICTED, PssVersion.LATEST));
  }

  @Benchmark
  public PssResult typicalPodAtRestricted() {
    return PssPod.of(typicalMetadata, typicalSpec, METADATA, SPEC, false)
        .evaluate(PssLevel.RESTRICTED, PssVersion.LATEST);
  }

  /** A pod denied at restricted, including the denial message as the CLI prints it. */
  @Benchmark
  public void deniedPodAtBaselineAndRestricted(Blackhole out) {
    PssPod pod = PssPod.of(deniedMetadata, deniedSpec, METADATA, SPEC, false);
    out.consume(pod.evaluate(PssLevel.BASELINE, PssVersion.LATEST).message());
    out.consume(pod.evaluate(PssLevel.RESTRICTED, PssVersion.LATEST).message());
  }
}
