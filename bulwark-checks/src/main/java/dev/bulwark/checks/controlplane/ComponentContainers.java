package dev.bulwark.checks.controlplane;

import dev.bulwark.api.ContainerKind;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Finds the container that runs a component in a static pod (or any workload) and reads its command
 * line: exec form ({@code command: [kube-apiserver, --flag=…]}), flags in {@code args} under the
 * image's entrypoint, {@code hyperkube apiserver …}, and shell wrappers such as {@code sh -c "…
 * exec /usr/local/bin/kube-apiserver --flag=… > /tmp/pipe 2>&1"}.
 */
public final class ComponentContainers {
  private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "busybox");

  private ComponentContainers() {}

  /** The component's settings from the first regular container that runs it, if any. */
  public static Optional<ComponentSettings> find(Resource resource, Component component) {
    for (ContainerRef container : Workloads.containers(resource)) {
      if (container.kind() != ContainerKind.REGULAR) {
        continue;
      }
      Optional<ComponentSettings> settings =
          settings(resource, container, words(resource, container), component);
      if (settings.isPresent()) {
        return settings;
      }
    }
    return Optional.empty();
  }

  /**
   * What {@link #find} gives for every component the workload runs, reading each container's
   * command line once instead of once per component.
   */
  public static Map<Component, ComponentSettings> findAll(Resource resource) {
    Map<Component, ComponentSettings> found = new EnumMap<>(Component.class);
    for (ContainerRef container : Workloads.containers(resource)) {
      if (container.kind() != ContainerKind.REGULAR) {
        continue;
      }
      List<ArgvToken> words = null;
      for (Component component : Component.values()) {
        if (!found.containsKey(component)) {
          words = words != null ? words : words(resource, container);
          settings(resource, container, words, component).ifPresent(s -> found.put(component, s));
        }
      }
    }
    return found;
  }

  private static Optional<ComponentSettings> settings(
      Resource resource, ContainerRef container, List<ArgvToken> words, Component component) {
    return commandLine(resource, container, words, component)
        .map(
            line ->
                new ComponentSettings(
                    component,
                    resource.ref() + " " + container.describe() + " in " + resource.file(),
                    Flags.parse(component, line.arguments()),
                    Optional.empty(),
                    environment(resource, container),
                    line.anchor()));
  }

  /** The words after the program name, and where a missing flag would be added. */
  private record CommandLine(List<ArgvToken> arguments, Origin anchor) {}

  /** The container's {@code command} then {@code args}, each word with its origin. */
  private static List<ArgvToken> words(Resource resource, ContainerRef container) {
    JsonNode node = container.node();
    List<ArgvToken> words = new ArrayList<>();
    addWords(resource, container.field("command"), node.path("command"), words);
    addWords(resource, container.field("args"), node.path("args"), words);
    return words;
  }

  private static Optional<CommandLine> commandLine(
      Resource resource, ContainerRef container, List<ArgvToken> words, Component component) {
    JsonNode node = container.node();
    Optional<CommandLine> script = shellScript(words, component);
    if (script.isPresent()) {
      return script;
    }
    List<String> texts = words.stream().map(ArgvToken::text).toList();
    for (int i = 0; i < words.size(); i++) {
      int program = component.programWords(texts, i);
      if (program > 0) {
        return Optional.of(
            new CommandLine(
                words.subList(i + program, words.size()), listOrigin(resource, words.get(i))));
      }
    }
    boolean entrypointIsComponent =
        node.path("command").isMissingNode() && component.isImage(node.path("image").asString(""));
    if (entrypointIsComponent) {
      JsonPointer args = container.field("args");
      Origin anchor =
          Origin.of(resource, resource.sourceMap().has(args) ? args : container.pointer());
      return Optional.of(new CommandLine(words, anchor));
    }
    return Optional.empty();
  }

  /** {@code sh -c "<script>"}: the component's words inside the script, up to an operator. */
  private static Optional<CommandLine> shellScript(List<ArgvToken> words, Component component) {
    if (words.size() < 3 || !SHELLS.contains(Component.basename(words.get(0).text()))) {
      return Optional.empty();
    }
    for (int i = 1; i + 1 < words.size(); i++) {
      if (!words.get(i).text().equals("-c")) {
        continue;
      }
      ArgvToken script = words.get(i + 1);
      List<ShellWords.Word> split = ShellWords.split(script.text());
      for (int w = 0; w < split.size(); w++) {
        ShellWords.Word word = split.get(w);
        if (!word.operator() && component.isBinary(word.text())) {
          List<ArgvToken> arguments = new ArrayList<>();
          for (int a = w + 1; a < split.size() && !split.get(a).operator(); a++) {
            arguments.add(new ArgvToken(split.get(a).text(), script.origin()));
          }
          return Optional.of(new CommandLine(arguments, script.origin()));
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static void addWords(
      Resource resource, JsonPointer listPointer, JsonNode list, List<ArgvToken> out) {
    for (int i = 0; i < list.size(); i++) {
      JsonNode word = list.get(i);
      if (word.isValueNode() && !word.isNull()) {
        out.add(new ArgvToken(word.asString(), Origin.of(resource, listPointer.append(i))));
      }
    }
  }

  /** The {@code command} (or {@code args}) list that holds a word: where a new flag would go. */
  private static Origin listOrigin(Resource resource, ArgvToken word) {
    return Origin.of(resource, word.origin().pointer().parent());
  }

  private static Map<String, Setting> environment(Resource resource, ContainerRef container) {
    Map<String, Setting> env = new LinkedHashMap<>();
    JsonNode list = container.node().path("env");
    for (int i = 0; i < list.size(); i++) {
      JsonNode entry = list.get(i);
      JsonNode value = entry.path("value");
      if (entry.path("name").isString() && value.isValueNode() && !value.isNull()) {
        JsonPointer pointer = container.field("env", Integer.toString(i), "value");
        String name = entry.path("name").asString();
        env.put(name, new Setting(name, value.asString(), Origin.of(resource, pointer)));
      }
    }
    return env;
  }
}
