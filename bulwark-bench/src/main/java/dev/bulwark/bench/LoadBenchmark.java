package dev.bulwark.bench;

import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
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

/** Loader throughput, one thread: documents per second on 1.4 KB Deployments. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class LoadBenchmark {
  static final int DOCUMENTS = 2_000;

  private String yaml;
  private ManifestLoader loader;

  @Setup
  public void setUp() {
    yaml = Corpus.deployments(DOCUMENTS);
    loader = new ManifestLoader();
  }

  /** One op = one document (the stream of 2,000 is loaded per invocation). */
  @Benchmark
  @OperationsPerInvocation(DOCUMENTS)
  public LoadResult loadDeployments() {
    return loader.loadString("bench.yaml", yaml);
  }
}
