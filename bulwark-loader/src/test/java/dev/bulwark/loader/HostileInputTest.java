package dev.bulwark.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Diagnostic;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input ends quickly with an error and bounded memory. Each case prints its time and the
 * peak heap it needed; LIMITS.md records the figures. The {@code @Timeout}s turn a hang into a
 * failure.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {
  private static final long MIB = 1024 * 1024;
  private static final long GIB = 1024 * MIB;

  @TempDir Path dir;

  /**
   * A hang guard, not a performance assertion: the bound is the quiet-machine time of a case times
   * this factor, so a loaded CI machine does not fail, while a real hang (or an input read whole
   * into memory) still does. Measured figures live in LIMITS.md.
   */
  private static final int HANG_FACTOR = 6;

  /** Runs a load, prints time and heap, and checks it ended and stayed within memory bounds. */
  private static LoadResult measure(String label, long maxMillis, Supplier<LoadResult> load) {
    LoadResult[] result = new LoadResult[1];
    long[] millis = new long[1];
    long heap =
        HeapPeak.mebibytesDuring(
            () -> {
              long start = System.nanoTime();
              result[0] = load.get();
              millis[0] = (System.nanoTime() - start) / 1_000_000;
            });
    System.out.printf("HOSTILE %-40s %6d ms  peak heap <= %5d MiB%n", label, millis[0], heap);
    assertThat(millis[0]).as("time for " + label).isLessThan(maxMillis * HANG_FACTOR);
    assertThat(heap).as("peak heap MiB for " + label).isLessThan(1536);
    return result[0];
  }

  private static Diagnostic onlyError(LoadResult result) {
    assertThat(result.resources()).isEmpty();
    assertThat(result.diagnostics()).hasSize(1);
    Diagnostic error = result.diagnostics().get(0);
    assertThat(error.isError()).isTrue();
    return error;
  }

  private static LoadResult loadText(String name, String text) {
    return new ManifestLoader().loadString(name, text);
  }

  @Test
  void billionLaughsStopsAtTheAliasLimit() {
    StringBuilder yaml =
        new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int level = 1; level <= 9; level++) {
      yaml.append("a").append(level).append(": &a").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
      }
      yaml.append("]\n");
    }
    LoadResult result =
        measure("billion laughs (9x9)", 5_000, () -> loadText("lol.yaml", yaml.toString()));
    Diagnostic error = onlyError(result);
    assertThat(error.message()).contains("maxAliases");
    assertThat(error.location().line()).isEqualTo(7); // the 51st alias
  }

  @Test
  void aliasBombUnderTheAliasLimitStopsAtTheNodeLimit() {
    // 6 levels of 7 aliases (42 < 50) over 100 scalars would expand to 100 * 7^6 = 11.7M nodes.
    StringBuilder yaml = new StringBuilder("l0: &l0 [");
    for (int i = 0; i < 100; i++) {
      yaml.append(i == 0 ? "" : ",").append("x");
    }
    yaml.append("]\n");
    for (int level = 1; level <= 6; level++) {
      yaml.append("l").append(level).append(": &l").append(level).append(" [");
      for (int i = 0; i < 7; i++) {
        yaml.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
      }
      yaml.append("]\n");
    }
    LoadResult result =
        measure(
            "alias bomb under alias limit", 10_000, () -> loadText("bomb.yaml", yaml.toString()));
    assertThat(onlyError(result).message()).contains("maxNodesPerDocument");
  }

  @Test
  void flowNesting10000And20000Deep() {
    for (int depth : new int[] {10_000, 20_000}) {
      String yaml = "[".repeat(depth) + "]".repeat(depth) + "\n";
      LoadResult result =
          measure("flow nesting " + depth, 5_000, () -> loadText("deep.yaml", yaml));
      Diagnostic error = onlyError(result);
      assertThat(error.message()).contains("deeper than 1000 levels (maxDepth)");
      assertThat(error.location().column()).isEqualTo(1001);
    }
  }

  @Test
  void compactBlockSequenceNesting20000Deep() {
    String yaml = "- ".repeat(20_000) + "x\n";
    LoadResult result =
        measure("block sequence nesting 20000", 5_000, () -> loadText("deep.yaml", yaml));
    assertThat(onlyError(result).message()).contains("(maxDepth)");
  }

  @Test
  void blockMappingNesting10000DeepHitsTheDepthGuard() {
    // "a:" indented one more space per level: 10,000 levels is about 50 MB of text, more than a
    // document may be by default, so the document limit is raised to let the parser meet it.
    byte[] yaml = nestedMappings(10_000);
    LoaderLimits limits = LoaderLimits.defaults().withMaxDocumentBytes(64 * MIB);
    LoadResult result =
        measure(
            "block mapping nesting 10000 (" + yaml.length / MIB + " MiB)",
            10_000,
            () ->
                new ManifestLoader(limits).loadStream("deep.yaml", new ByteArrayInputStream(yaml)));
    Diagnostic error = onlyError(result);
    assertThat(error.message()).contains("(maxDepth)");
    assertThat(error.location().line()).isEqualTo(1001);
  }

  @Test
  void blockMappingNesting10000DeepWithDefaultsHitsTheDocumentLimit() {
    byte[] yaml = nestedMappings(10_000);
    LoadResult result =
        measure(
            "block mapping nesting 10000, defaults",
            10_000,
            () -> new ManifestLoader().loadStream("deep.yaml", new ByteArrayInputStream(yaml)));
    assertThat(onlyError(result).message()).contains("(maxDocumentBytes)");
  }

  @Test
  void blockMappingNesting20000DeepStopsAtTheFileLimit() {
    // 20,000 levels is about 200 MB: generated on the fly, never held whole.
    NestedMappingInput in = new NestedMappingInput(20_000);
    LoadResult result =
        measure(
            "block mapping nesting 20000 (stream)",
            10_000,
            () -> new ManifestLoader().loadStream("deep.yaml", in));
    assertThat(onlyError(result).message()).contains("(maxFileBytes)");
    assertThat(in.bytesRead()).isLessThanOrEqualTo(64 * MIB + 1);
  }

  @Test
  void twoHundredMegabyteDocumentOnStdinStopsAtTheFileLimit() {
    GeneratedInput in =
        new GeneratedInput(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  k: ",
            "x",
            200 * MIB);
    LoadResult result =
        measure("200 MB document (stream)", 10_000, () -> new ManifestLoader().loadStream("-", in));
    assertThat(onlyError(result).message()).contains("(maxFileBytes)");
    assertThat(in.bytesRead()).isLessThanOrEqualTo(64 * MIB + 1);
  }

  @Test
  void oneGigabyteLineOnStdinStopsAtTheFileLimit() {
    GeneratedInput in = new GeneratedInput("", "abcdefgh", GIB);
    LoadResult result =
        measure("1 GB one-line stream", 10_000, () -> new ManifestLoader().loadStream("-", in));
    assertThat(onlyError(result).message()).contains("(maxFileBytes)");
    assertThat(in.bytesRead()).isLessThanOrEqualTo(64 * MIB + 1);
  }

  @Test
  void oneGigabyteFileIsRejectedBeforeReading() throws IOException {
    Path file = dir.resolve("huge.yaml");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(GIB); // sparse: no disk space used, and never read
    }
    LoadResult result =
        measure("1 GB file", 2_000, () -> new ManifestLoader().load(List.of(file.toString())));
    assertThat(onlyError(result).message()).contains("(maxFileBytes): file is 1 GiB");
  }

  @Test
  void oversizedDocumentIsSkippedAndTheOthersLoad() {
    LoaderLimits limits = LoaderLimits.defaults().withMaxDocumentBytes(MIB);
    String big =
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata: {k: "
            + "x".repeat(10 * (int) MIB)
            + "}\n";
    String text =
        Yaml.lines(Yaml.configMap("before"))
            + "---\n"
            + big
            + "---\n"
            + Yaml.lines(Yaml.configMap("after"));
    LoadResult result =
        measure(
            "10 MB document over a 1 MiB limit",
            5_000,
            () -> new ManifestLoader(limits).loadString("docs.yaml", text));
    assertThat(result.resources()).extracting(r -> r.name()).containsExactly("before", "after");
    assertThat(result.resources().get(1).documentIndex()).isEqualTo(2);
    assertThat(Yaml.errorTexts(result))
        .singleElement()
        .asString()
        .startsWith(
            "docs.yaml:7:1 document is 10 MiB, larger than the limit of 1 MiB (maxDocumentBytes)");
  }

  @Test
  void tooManyDocumentsStopsWithACount() {
    LoaderLimits limits = LoaderLimits.defaults().withMaxDocumentsPerFile(1_000);
    String text = "---\n".repeat(5_000);
    LoadResult result =
        measure(
            "5000 documents over a 1000 limit",
            5_000,
            () -> new ManifestLoader(limits).loadString("many.yaml", text));
    assertThat(Yaml.errorTexts(result))
        .containsExactly(
            "many.yaml:1001:1 more than 1000 documents in one file (maxDocumentsPerFile); the"
                + " remaining 4000 were not read");
  }

  @Test
  void hugeFlatSequenceStopsAtTheNodeLimit() {
    String yaml = "[" + "1,".repeat(2_000_000) + "1]\n";
    LoadResult result = measure("2M-item flow sequence", 10_000, () -> loadText("flat.yaml", yaml));
    assertThat(onlyError(result).message()).contains("maxNodesPerDocument");
  }

  @Test
  void depthReachedThroughAliasesIsChecked() {
    String anchored = "[".repeat(900) + "]".repeat(900);
    String yaml = "a: &a " + anchored + "\nb: " + "[".repeat(500) + "*a" + "]".repeat(500) + "\n";
    LoadResult result =
        measure("depth through aliases", 5_000, () -> loadText("alias-depth.yaml", yaml));
    assertThat(onlyError(result).message()).contains("once aliases are resolved (maxDepth)");
  }

  @Test
  void nestingAtTheDepthCeilingFitsTheParsingThreadsStack() {
    // 9,000 levels is legal under the highest limit allowed; the parser and the converter recurse
    // once per level, so this proves the loader's threads have the stack for it.
    LoaderLimits deepest = LoaderLimits.defaults().withMaxDepth(LoaderLimits.DEPTH_CEILING);
    String flow = "v: " + "[".repeat(9_000) + "]".repeat(9_000) + "\n";
    String block = "v:\n" + "- ".repeat(9_000) + "x\n";
    for (String yaml : List.of(flow, block)) {
      LoadResult result =
          measure(
              "9000 levels under maxDepth 10000",
              10_000,
              () -> new ManifestLoader(deepest).loadString("deep.yaml", yaml));
      // No depth or stack error: only the complaint that this is no Kubernetes object.
      assertThat(onlyError(result).message()).startsWith("not a Kubernetes object");
    }
  }

  @Test
  void limitsAreConfigurable() {
    LoaderLimits tight = LoaderLimits.defaults().withMaxDepth(3).withMaxAliases(1);
    LoadResult deep = new ManifestLoader(tight).loadString("d.yaml", "a: {b: {c: {d: 1}}}\n");
    assertThat(onlyError(deep).message()).contains("deeper than 3 levels");
    LoadResult aliases =
        new ManifestLoader(tight).loadString("a.yaml", "x: &x [1]\ny: *x\nz: *x\n");
    assertThat(onlyError(aliases).message()).contains("maxAliases");
  }

  private static byte[] nestedMappings(int depth) {
    NestedMappingInput in = new NestedMappingInput(depth);
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** {@code a:} on each line, one more space of indentation per level, produced on demand. */
  private static final class NestedMappingInput extends java.io.InputStream {
    private final int depth;
    private int line;
    private byte[] current = new byte[0];
    private int offset;
    private long read;

    NestedMappingInput(int depth) {
      this.depth = depth;
    }

    long bytesRead() {
      return read;
    }

    @Override
    public int read() {
      if (offset == current.length) {
        if (line == depth) {
          return -1;
        }
        current = (" ".repeat(line++) + "a:\n").getBytes(StandardCharsets.US_ASCII);
        offset = 0;
      }
      read++;
      return current[offset++];
    }

    @Override
    public int read(byte[] buffer, int off, int length) {
      int n = 0;
      while (n < length) {
        int b = read();
        if (b < 0) {
          return n == 0 ? -1 : n;
        }
        buffer[off + n++] = (byte) b;
      }
      return n;
    }
  }
}
