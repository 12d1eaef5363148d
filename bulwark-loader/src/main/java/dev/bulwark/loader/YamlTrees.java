package dev.bulwark.loader;

import dev.bulwark.api.Location;
import dev.bulwark.api.SourceMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a single YAML (or JSON) document that is not a manifest, such as the {@code .bulwark.yaml}
 * configuration, with the same rules as manifests: Kubernetes scalar resolution, aliases and merge
 * keys, duplicate keys rejected, the same limits.
 */
public final class YamlTrees {
  private YamlTrees() {}

  /**
   * The file's one document; a {@code NullNode} when the file is empty.
   *
   * @throws LoadException when the file cannot be read, is not UTF-8 YAML, holds more than one
   *     document, or breaks a limit
   */
  public static JsonNode readSingle(Path file) throws LoadException {
    return read(file, LoaderLimits.defaults()).root();
  }

  /** {@link #readSingle(Path)} with positions for every node, for messages that point at a line. */
  public static YamlTree read(Path file, LoaderLimits limits) throws LoadException {
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        throw new LoadException(
            Location.ofFile(name),
            "larger than the limit of " + LoaderLimits.describeBytes(limits.maxFileBytes()));
      }
      try (InputStream in = Files.newInputStream(file)) {
        BoundedInput.Bytes bytes = BoundedInput.read(in, limits.maxFileBytes(), size);
        if (bytes.tooLarge()) {
          throw new LoadException(
              Location.ofFile(name),
              "larger than the limit of " + LoaderLimits.describeBytes(limits.maxFileBytes()));
        }
        return read(name, bytes.data(), bytes.length(), limits);
      }
    } catch (NoSuchFileException e) {
      throw new LoadException(Location.ofFile(name), "no such file");
    } catch (IOException e) {
      throw new LoadException(Location.ofFile(name), "cannot read file: " + e.getMessage());
    }
  }

  /** The one document in {@code content}; {@code name} stands for the file in locations. */
  public static YamlTree read(String name, String content) throws LoadException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return read(name, bytes, bytes.length, LoaderLimits.defaults());
  }

  private static YamlTree read(String name, byte[] data, int length, LoaderLimits limits)
      throws LoadException {
    TextCheck.Problem encoding = TextCheck.check(data, length);
    if (encoding != null) {
      throw new LoadException(
          new Location(name, encoding.line(), encoding.column()), encoding.message());
    }
    if (length > limits.maxDocumentBytes()) {
      throw new LoadException(
          Location.ofFile(name),
          "larger than the limit of " + LoaderLimits.describeBytes(limits.maxDocumentBytes()));
    }
    int start = TextCheck.utf8BomLength(data, length);
    String text = new String(data, start, length - start, StandardCharsets.UTF_8);
    List<DocumentReader.Document> documents = new ArrayList<>();
    Callable<Throwable> parse =
        () -> {
          new DocumentReader(limits).read(text, 1, documents::add);
          return null;
        };
    try {
      Throwable failure = ParsingThreads.runAll(List.of(parse), (index, t) -> t).get(0);
      if (failure != null) {
        throw new LoadException(Location.ofFile(name), "internal error while reading: " + failure);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LoadException(Location.ofFile(name), "interrupted while reading");
    }
    List<DocumentReader.Document> nonEmpty = documents.stream().filter(d -> !d.isEmpty()).toList();
    if (nonEmpty.isEmpty()) {
      return new YamlTree(JsonNodeFactory.instance.nullNode(), SourceMap.builder(name).build());
    }
    DocumentReader.Document first = nonEmpty.get(0);
    if (!first.problems().isEmpty()) {
      LoadProblem problem = first.problems().get(0);
      throw new LoadException(
          new Location(name, problem.line(), problem.column()),
          problem.getMessage().replace("; document skipped", ""));
    }
    if (nonEmpty.size() > 1) {
      throw new LoadException(
          new Location(name, nonEmpty.get(1).line(), 1),
          "expected one YAML document, found another one here");
    }
    SourceMap.Builder positions = SourceMap.builder(name);
    PositionLog log = first.positions();
    for (int i = 0; i < log.size(); i++) {
      positions.put(PointerCache.pointer(log.pointer(i)), log.line(i), log.column(i));
    }
    return new YamlTree(first.tree(), positions.build());
  }
}
