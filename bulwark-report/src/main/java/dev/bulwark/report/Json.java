package dev.bulwark.report;

import dev.bulwark.api.ObjectRef;
import java.io.IOException;
import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tree building and the one pretty-printing style every Bulwark JSON output shares (the JSON and
 * SARIF reports, and the JSON of the {@code pss} and {@code rbac} commands): two-space indent,
 * {@code "key": value}, {@code "\n"} line ends, so output is byte-for-byte reproducible.
 */
public final class Json {

  /*
   * Two-space indent, "key": value, arrays one element per line, [] and {} when empty, and "\n"
   * on every platform so that output is byte-for-byte reproducible.
   */
  private static final ObjectWriter WRITER =
      JsonMapper.builder()
          .build()
          .writer()
          .with(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator(""))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {}

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** The tree as pretty-printed text with a trailing newline. */
  public static String pretty(JsonNode node) {
    return WRITER.writeValueAsString(node) + "\n";
  }

  /** Writes the same text as {@link #pretty} to a stream, without building it as a string. */
  static void writePretty(JsonNode node, OutputStream out) throws IOException {
    WRITER.without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(out, node);
    out.write('\n');
  }

  /**
   * A generator that writes in the same style as {@link #pretty}, for output too large to build as
   * one tree; it leaves the stream open when closed. The caller adds the final newline.
   */
  static JsonGenerator prettyGenerator(OutputStream out) {
    return WRITER.without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out);
  }

  /**
   * {@code {"apiVersion", "kind", "namespace", "name"}}, namespace {@code null} when
   * cluster-scoped.
   */
  public static ObjectNode objectRef(ObjectRef ref) {
    ObjectNode node = object();
    node.put("apiVersion", ref.apiVersion());
    node.put("kind", ref.kind());
    node.put("namespace", ref.namespace());
    node.put("name", ref.name());
    return node;
  }
}
