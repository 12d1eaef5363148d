package dev.bulwark.cluster;

import dev.bulwark.api.Resource;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes what a cluster read produced as YAML that {@code bulwark scan} reads back to the same
 * objects: one multi-document file, or a folder with one file per namespace and kind. A {@link
 * DumpRecord} goes first in the file, or into {@code cluster-dump.yaml} in the folder. Strings are
 * always quoted, so that a value such as {@code "yes"} or {@code "0755"} stays a string under the
 * YAML 1.1 rules Kubernetes (and Bulwark's loader) apply to plain scalars.
 */
public final class DumpWriter {
  /** The folder that holds cluster-scoped objects in a folder dump. */
  static final String CLUSTER_SCOPED = "_cluster";

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private DumpWriter() {}

  /** True when the target names a file ({@code .yaml}/{@code .yml}) rather than a folder. */
  public static boolean isFile(Path target) {
    String name = target.getFileName() == null ? "" : target.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /**
   * Writes the read's objects and its {@link DumpRecord} to a file or a folder and returns the
   * number of files written.
   */
  public static int write(ClusterRead read, Path target) throws IOException {
    return write(read.resources(), DumpRecord.of(read.context(), read.unreadableKinds()), target);
  }

  static int write(List<Resource> resources, JsonNode record, Path target) throws IOException {
    if (isFile(target)) {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
        out.write(YAML.writeValueAsString(record));
        writeAll(resources, out);
      }
      return 1;
    }
    Files.createDirectories(target);
    Files.writeString(target.resolve(DumpRecord.FILE_NAME), YAML.writeValueAsString(record));
    Map<Path, List<Resource>> files = new TreeMap<>();
    for (Resource r : resources) {
      String folder = r.namespace() == null ? CLUSTER_SCOPED : r.namespace();
      files.computeIfAbsent(target.resolve(folder).resolve(r.kind() + ".yaml"), p -> new java.util.ArrayList<>())
          .add(r);
    }
    for (Map.Entry<Path, List<Resource>> file : files.entrySet()) {
      Files.createDirectories(file.getKey().getParent());
      writeFile(file.getValue(), file.getKey());
    }
    return files.size() + 1;
  }

  private static void writeFile(List<Resource> resources, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeAll(resources, out);
    }
  }

  private static void writeAll(List<Resource> resources, Writer out) throws IOException {
    for (Resource r : resources) {
      out.write(YAML.writeValueAsString(r.object()));
    }
  }
}
