package dev.bulwark.checks.support;

import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The {@code env} and {@code envFrom} entries of a container, each with its pointer. */
public final class ContainerEnv {
  private ContainerEnv() {}

  /** Every {@code env} entry that is a mapping, in list order. */
  public static List<Variable> variables(ContainerRef container) {
    return entries(container, "env").stream()
        .map(e -> new Variable(e.node(), e.pointer()))
        .toList();
  }

  /** Every {@code envFrom} entry that is a mapping, in list order. */
  public static List<Entry> sources(ContainerRef container) {
    return entries(container, "envFrom");
  }

  private static List<Entry> entries(ContainerRef container, String field) {
    JsonNode list = container.node().path(field);
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < list.size() && list.isArray(); i++) {
      if (list.get(i).isObject()) {
        out.add(new Entry(list.get(i), container.field(field, Integer.toString(i))));
      }
    }
    return out;
  }

  /**
   * One list entry.
   *
   * @param node the entry
   * @param pointer where it is, e.g. {@code /spec/containers/0/envFrom/1}
   */
  public record Entry(JsonNode node, JsonPointer pointer) {}

  /**
   * One {@code env} entry.
   *
   * @param node the entry
   * @param pointer where it is, e.g. {@code /spec/containers/0/env/2}
   */
  public record Variable(JsonNode node, JsonPointer pointer) {

    /** {@code name}, or the empty string when the manifest has none. */
    public String name() {
      return JsonValues.string(node.path("name")).orElse("");
    }

    /** {@code value} when it is a string. */
    public Optional<String> value() {
      return JsonValues.string(node.path("value"));
    }

    /** The pointer to a field of the entry. */
    public JsonPointer field(String... path) {
      return pointer.append(path);
    }
  }
}
