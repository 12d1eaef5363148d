package dev.bulwark.cis;

import dev.bulwark.checks.controlplane.ArgvToken;
import dev.bulwark.checks.controlplane.Component;
import dev.bulwark.checks.controlplane.ComponentSettings;
import dev.bulwark.checks.controlplane.Flags;
import dev.bulwark.checks.controlplane.Origin;
import dev.bulwark.checks.controlplane.Setting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The control-plane and node components running on a node, read from {@code <root>/proc/<pid>/
 * cmdline} (and {@code environ}, where etcd may take settings), the way kube-bench reads {@code
 * ps}. A component is the first process, by pid, whose program is its binary.
 */
final class NodeProcesses {
  private NodeProcesses() {}

  /** The settings of each component found running. */
  static Map<Component, ComponentSettings> read(Path root) {
    Map<Component, ComponentSettings> found = new EnumMap<>(Component.class);
    for (Path process : processes(root.resolve("proc"))) {
      List<String> argv = nulSeparated(process.resolve("cmdline"));
      if (argv.isEmpty()) {
        continue; // kernel threads have no command line
      }
      for (Component component : Component.values()) {
        int program = component.programWords(argv, 0);
        if (program > 0 && !found.containsKey(component)) {
          found.put(component, settings(component, process, argv.subList(program, argv.size())));
        }
      }
    }
    return found;
  }

  private static ComponentSettings settings(
      Component component, Path process, List<String> arguments) {
    String cmdline = "/proc/" + process.getFileName() + "/cmdline";
    Origin origin = Origin.ofFile(cmdline);
    List<ArgvToken> tokens = arguments.stream().map(word -> new ArgvToken(word, origin)).toList();
    return new ComponentSettings(
        component,
        "process " + process.getFileName() + " (" + cmdline + ")",
        Flags.parse(component, tokens),
        Optional.empty(),
        environment(process),
        origin);
  }

  private static Map<String, Setting> environment(Path process) {
    Map<String, Setting> env = new LinkedHashMap<>();
    Origin origin = Origin.ofFile("/proc/" + process.getFileName() + "/environ");
    for (String entry : nulSeparated(process.resolve("environ"))) {
      int eq = entry.indexOf('=');
      if (eq > 0) {
        env.putIfAbsent(
            entry.substring(0, eq),
            new Setting(entry.substring(0, eq), entry.substring(eq + 1), origin));
      }
    }
    return env;
  }

  private static List<Path> processes(Path proc) {
    if (!Files.isDirectory(proc)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(proc)) {
      return entries
          .filter(p -> p.getFileName().toString().matches("[0-9]+"))
          .sorted(Comparator.comparingLong(p -> Long.parseLong(p.getFileName().toString())))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Words of a NUL-separated file; empty when it cannot be read (a process that exited). */
  private static List<String> nulSeparated(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == 0) {
        if (i > start) {
          words.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
        }
        start = i + 1;
      }
    }
    return words;
  }
}
