package dev.bulwark.loader;

/**
 * Bounds that keep broken or hostile input from exhausting time, memory or stack. Every limit that
 * is hit becomes an ERROR diagnostic naming the limit; the scan goes on with the next document or
 * file. All limits must be positive.
 *
 * @param maxAliases aliases to mappings or sequences allowed in one document (snakeyaml-engine's
 *     {@code maxAliasesForCollections}); stops the classic billion-laughs expansion early
 * @param maxDepth nesting depth of mappings and sequences in one document, counted while parsing
 *     and again after aliases are expanded; a value above {@value #DEPTH_CEILING} is lowered to it
 * @param maxDocumentBytes size of one YAML document in bytes; larger documents are skipped without
 *     being parsed
 * @param maxFileBytes size of one file or of stdin; a larger file is not read at all, stdin stops
 *     being read at the limit; a value above {@link #FILE_BYTES_CEILING} (2 GiB) is lowered to it
 * @param maxDocumentsPerFile documents read from one file; the rest are reported as not read
 * @param maxNodesPerDocument mapping, sequence and scalar nodes one document may expand to once
 *     aliases and merge keys are resolved; bounds memory when aliases stay under {@code maxAliases}
 *     but still multiply
 */
public record LoaderLimits(
    int maxAliases,
    int maxDepth,
    long maxDocumentBytes,
    long maxFileBytes,
    int maxDocumentsPerFile,
    int maxNodesPerDocument) {

  /** The deepest nesting a limit may allow; parsing threads get a stack sized for it. */
  public static final int DEPTH_CEILING = 10_000;

  /** Files are read into one byte array, so this is the most a file limit can be. */
  public static final long FILE_BYTES_CEILING = Integer.MAX_VALUE - 16;

  private static final long MIB = 1024L * 1024L;

  public LoaderLimits {
    requirePositive("maxAliases", maxAliases);
    requirePositive("maxDepth", maxDepth);
    requirePositive("maxDocumentBytes", maxDocumentBytes);
    requirePositive("maxFileBytes", maxFileBytes);
    requirePositive("maxDocumentsPerFile", maxDocumentsPerFile);
    requirePositive("maxNodesPerDocument", maxNodesPerDocument);
    // Above the ceilings the loader could not honour the limit anyway; lower it rather than fail.
    maxDepth = Math.min(maxDepth, DEPTH_CEILING);
    maxFileBytes = Math.min(maxFileBytes, FILE_BYTES_CEILING);
  }

  /**
   * 50 aliases, depth 1000, 32 MiB per document, 64 MiB per file, 100,000 documents per file,
   * 1,000,000 nodes per document. Real manifests stay far below each of these: the largest object
   * etcd stores is about 1.5 MiB, and deep CRD schemas nest about 60 levels.
   */
  public static LoaderLimits defaults() {
    return new LoaderLimits(50, 1000, 32 * MIB, 64 * MIB, 100_000, 1_000_000);
  }

  public LoaderLimits withMaxAliases(int value) {
    return new LoaderLimits(
        value, maxDepth, maxDocumentBytes, maxFileBytes, maxDocumentsPerFile, maxNodesPerDocument);
  }

  public LoaderLimits withMaxDepth(int value) {
    return new LoaderLimits(
        maxAliases,
        value,
        maxDocumentBytes,
        maxFileBytes,
        maxDocumentsPerFile,
        maxNodesPerDocument);
  }

  public LoaderLimits withMaxDocumentBytes(long value) {
    return new LoaderLimits(
        maxAliases, maxDepth, value, maxFileBytes, maxDocumentsPerFile, maxNodesPerDocument);
  }

  public LoaderLimits withMaxFileBytes(long value) {
    return new LoaderLimits(
        maxAliases, maxDepth, maxDocumentBytes, value, maxDocumentsPerFile, maxNodesPerDocument);
  }

  public LoaderLimits withMaxDocumentsPerFile(int value) {
    return new LoaderLimits(
        maxAliases, maxDepth, maxDocumentBytes, maxFileBytes, value, maxNodesPerDocument);
  }

  public LoaderLimits withMaxNodesPerDocument(int value) {
    return new LoaderLimits(
        maxAliases, maxDepth, maxDocumentBytes, maxFileBytes, maxDocumentsPerFile, value);
  }

  /** A size for messages: {@code 64 MiB}, {@code 1.5 KiB}, {@code 12 bytes}. */
  static String describeBytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    String[] units = {"KiB", "MiB", "GiB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    String number = String.format(java.util.Locale.ROOT, "%.1f", value);
    if (number.endsWith(".0")) {
      number = number.substring(0, number.length() - 2);
    }
    return number + " " + units[unit];
  }

  private static void requirePositive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
