package dev.bulwark.bench;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.Report;
import dev.bulwark.engine.CheckRegistry;
import dev.bulwark.engine.Engine;
import dev.bulwark.engine.EngineConfig;
import dev.bulwark.engine.ScanInput;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The engine alone: every built-in check over an already loaded inventory. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ScanBenchmark {
  private Inventory inventory;
  private Engine engine;

  @Setup
  public void setUp() {
    LoadResult loaded = new ManifestLoader().loadString("bench.yaml", Corpus.deployments(LoadBenchmark.DOCUMENTS));
    inventory = Inventory.of(loaded.resources());
    engine = new Engine(CheckRegistry.discover(), EngineConfig.DEFAULT, Clock.systemUTC(), "bench");
  }

  /** One op = one object checked by every enabled check. */
  @Benchmark
  @OperationsPerInvocation(LoadBenchmark.DOCUMENTS)
  public Report checkEveryObject() {
    return engine.scan(ScanInput.ofManifests(inventory, List.of(), 1));
  }
}
