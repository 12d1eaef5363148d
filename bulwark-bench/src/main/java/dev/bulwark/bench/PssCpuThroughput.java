package dev.bulwark.bench;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.checks.pss.PssLevel;
import dev.bulwark.checks.pss.PssPod;
import dev.bulwark.checks.pss.PssVersion;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JMH benchmark's headline operation (a typical pod decoded and evaluated at baseline and at
 * restricted) counted against the thread's own CPU time rather than wall time. On a machine shared
 * with other builds, JMH's wall-clock throughput mostly measures how often the thread got a core;
 * evaluations per CPU-second is what "on one core" means.
 *
 * <p>Run: {@code java -cp bulwark-bench/target/benchmarks.jar dev.bulwark.bench.PssCpuThroughput}
 */
public final class PssCpuThroughput {
  private static final JsonPointer METADATA = JsonPointer.of("spec", "template", "metadata");
  private static final JsonPointer SPEC = JsonPointer.of("spec", "template", "spec");
  private static final int BATCH = 100_000;

  private PssCpuThroughput() {}

  public static void main(String[] args) {
    JsonMapper json = JsonMapper.builder().build();
    measure(
        "typical pod, baseline + restricted",
        json.readTree(PssPods.TYPICAL_METADATA),
        json.readTree(PssPods.TYPICAL_SPEC));
    measure(
        "denied pod, baseline + restricted + messages",
        json.readTree("{}"),
        json.readTree(PssPods.DENIED_SPEC));
  }

  private static void measure(String label, JsonNode metadata, JsonNode spec) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int warmup = 0; warmup < 20; warmup++) {
      sink += run(metadata, spec);
    }
    for (int round = 1; round <= 5; round++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      sink += run(metadata, spec);
      long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
      long wall = System.nanoTime() - wallStart;
      System.out.printf(
          "%s, round %d: %,.0f ops per CPU-second (%,.0f per wall-second)%n",
          label, round, BATCH * 1e9 / cpu, BATCH * 1e9 / wall);
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  private static long run(JsonNode metadata, JsonNode spec) {
    long denials = 0;
    for (int i = 0; i < BATCH; i++) {
      PssPod pod = PssPod.of(metadata, spec, METADATA, SPEC, false);
      denials += pod.evaluate(PssLevel.BASELINE, PssVersion.LATEST).message().length();
      denials += pod.evaluate(PssLevel.RESTRICTED, PssVersion.LATEST).message().length();
    }
    return denials;
  }
}
