package dev.bulwark.checks.controlplane;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A component's configuration file (a KubeletConfiguration, a KubeProxyConfiguration) read as
 * settings: a key such as {@code authentication.anonymous.enabled} and its value as text.
 *
 * @param resource the loaded file
 */
public record ConfigFile(Resource resource) {

  /**
   * The value at a path, as kube-bench's JSONPath prints it: scalars as written, booleans as {@code
   * true}/{@code false}, lists joined with commas. Absent, null and empty values are not set.
   */
  public Optional<Setting> get(JsonPointer path) {
    JsonNode node = resource.at(path);
    String text = text(node);
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Setting(String.join(".", path.tokens()), text, Origin.of(resource, path)));
  }

  private static String text(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(text(item)));
      return String.join(",", items);
    }
    return node.isValueNode() ? node.asString() : node.toString();
  }
}
