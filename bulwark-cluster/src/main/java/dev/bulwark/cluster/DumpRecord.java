package dev.bulwark.cluster;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Location;
import dev.bulwark.api.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a dump records about its read, as one object of Bulwark's own kind written beside the
 * cluster's objects: the context and the kinds that could not be read, each with the reason. A scan
 * of the dump takes those kinds as unreadable, as the scan of the live cluster did, so the checks
 * that need them are reported not evaluated instead of passing on objects that were never seen.
 */
public final class DumpRecord {
  public static final String API_VERSION = "bulwark.dev/v1alpha1";
  public static final String KIND = "ClusterDump";
  /** The record's file in a folder dump. */
  static final String FILE_NAME = "cluster-dump.yaml";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private DumpRecord() {}

  /**
   * The loaded objects without dump records, every kind the records say was unreadable, and where
   * the records are.
   */
  public record Split(
      List<Resource> objects, Map<String, String> unreadableKinds, List<Location> records) {

    /**
     * A warning for each of the kinds an analysis reads that the dump could not read: without them
     * its answers are incomplete, which the user must be told rather than left to assume.
     */
    public List<Diagnostic> warnings(Collection<String> kindsRead, String analysis) {
      Location at = records.isEmpty() ? Location.ofFile("cluster dump") : records.get(0);
      List<Diagnostic> warnings = new ArrayList<>();
      for (String kind : new TreeSet<>(kindsRead)) {
        String reason = unreadableKinds.get(kind);
        if (reason != null) {
          warnings.add(
              Diagnostic.warning(
                  at,
                  "the dump has no "
                      + kind
                      + " objects because they could not be read ("
                      + reason
                      + "); "
                      + analysis
                      + " is incomplete without them"));
        }
      }
      return warnings;
    }
  }

  static ObjectNode of(String context, Map<String, String> unreadableKinds) {
    ObjectNode record = JSON.createObjectNode();
    record.put("apiVersion", API_VERSION);
    record.put("kind", KIND);
    record.putObject("metadata").put("name", "cluster-dump");
    ObjectNode spec = record.putObject("spec");
    spec.put("context", context == null ? "" : context);
    ObjectNode kinds = spec.putObject("unreadableKinds");
    new TreeMap<>(unreadableKinds).forEach(kinds::put);
    return record;
  }

  public static boolean isRecord(Resource resource) {
    JsonNode apiVersion = resource.object().path("apiVersion");
    return KIND.equals(resource.kind())
        && apiVersion.isString()
        && API_VERSION.equals(apiVersion.stringValue());
  }

  /** Takes the dump records out of what was loaded and gathers their unreadable kinds. */
  public static Split split(List<Resource> loaded) {
    List<Resource> objects = new ArrayList<>(loaded.size());
    Map<String, String> unreadable = new TreeMap<>();
    List<Location> records = new ArrayList<>();
    for (Resource resource : loaded) {
      if (!isRecord(resource)) {
        objects.add(resource);
        continue;
      }
      records.add(resource.locate(JsonPointer.ROOT));
      JsonNode kinds = resource.object().path("spec").path("unreadableKinds");
      for (Map.Entry<String, JsonNode> kind : kinds.properties()) {
        String reason = kind.getValue().isString() ? kind.getValue().stringValue() : "";
        unreadable.merge(
            kind.getKey(),
            reason.isEmpty() ? "could not be read when the dump was made" : reason,
            (a, b) -> a.equals(b) ? a : a + "; " + b);
      }
    }
    return new Split(objects, unreadable, records);
  }
}
