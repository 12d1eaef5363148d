package dev.bulwark.loader;

import dev.bulwark.api.ObjectRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.SourceMap;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one converted document into resources: checks that it is a Kubernetes object ({@code
 * apiVersion}, {@code kind}, {@code metadata.name} or {@code metadata.generateName}), expands
 * {@code List} kinds into their items (each item checked the same way, its positions rebased onto
 * the item), and gives each resource its {@link SourceMap}.
 */
final class ObjectExtractor {
  private final String file;
  private final FileRules.Role role;

  ObjectExtractor(String file, FileRules.Role role) {
    this.file = file;
    this.role = role;
  }

  void extract(JsonNode tree, PositionLog log, int documentIndex, SourceOutcome out) {
    int[] all = new int[log.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    if (!(tree instanceof ObjectNode object)) {
      notAnObject(
          out,
          log,
          all,
          "",
          "document is "
              + describe(tree)
              + ", not a mapping; a Kubernetes object is a mapping with"
              + " apiVersion, kind and metadata");
      return;
    }
    emit(object, "", all, log, documentIndex, out);
  }

  private void emit(
      ObjectNode object,
      String prefix,
      int[] entries,
      PositionLog log,
      int documentIndex,
      SourceOutcome out) {
    if (isList(object)) {
      expandList(object, prefix, entries, log, documentIndex, out);
      return;
    }
    String what =
        prefix.isEmpty()
            ? "not a Kubernetes object: "
            : itemLabel(prefix) + " is not a Kubernetes object: ";
    List<String> missing = new ArrayList<>();
    String apiVersion = requiredText(object, "apiVersion", missing);
    String kind = requiredText(object, "kind", missing);
    JsonNode metadata = object.path("metadata");
    String name = text(metadata.path("name"));
    if (name == null) {
      name = text(metadata.path("generateName"));
    }
    if (name == null && apiVersion != null && kind != null && isComponentConfig(apiVersion)) {
      // KubeletConfiguration, an audit Policy, EncryptionConfiguration: control-plane config files
      // carry no metadata, yet the CIS checks need them as objects. Named after their file.
      name = baseName(file);
    }
    if (name == null) {
      missing.add(
          metadata.isMissingNode() || metadata.isNull()
              ? "no metadata (with name or generateName)"
              : metadata.isObject()
                  ? "no metadata.name (or metadata.generateName)"
                  : "metadata is " + describe(metadata) + ", not a mapping");
    }
    if (!missing.isEmpty()) {
      if (isKustomizeConfig(apiVersion, kind)) {
        out.skipConfigDocument(FileRules.Role.KUSTOMIZE, place(log, entries, prefix)[0]);
        return;
      }
      String at =
          missing.size() == 1 && missing.get(0).contains("metadata.") && metadata.isObject()
              ? prefix + "/metadata"
              : prefix;
      notAnObject(out, log, entries, at, what + String.join("; ", missing));
      return;
    }
    String namespace = text(metadata.path("namespace"));
    ObjectRef ref = new ObjectRef(apiVersion, kind, namespace, name);
    out.add(new Resource(ref, object, documentIndex, sourceMap(log, entries, prefix)));
  }

  private void expandList(
      ObjectNode list,
      String prefix,
      int[] entries,
      PositionLog log,
      int documentIndex,
      SourceOutcome out) {
    JsonNode items = list.get("items");
    if (items.isNull()) {
      return;
    }
    String itemsPointer = prefix + "/items";
    if (!items.isArray()) {
      notAnObject(
          out,
          log,
          entries,
          itemsPointer,
          "items of a "
              + list.get("kind").asString()
              + " is "
              + describe(items)
              + ", not a sequence");
      return;
    }
    int[][] perItem = splitByItem(log, entries, itemsPointer + "/", items.size());
    for (int i = 0; i < items.size(); i++) {
      String itemPointer = itemsPointer + "/" + i;
      JsonNode item = items.get(i);
      if (item instanceof ObjectNode itemObject) {
        emit(itemObject, itemPointer, perItem[i], log, documentIndex, out);
      } else {
        notAnObject(
            out,
            log,
            perItem[i],
            itemPointer,
            itemLabel(itemPointer) + " is " + describe(item) + ", not a Kubernetes object");
      }
    }
  }

  /** Log entries below {@code itemsPrefix} grouped by item index, in one pass over the log. */
  private static int[][] splitByItem(
      PositionLog log, int[] entries, String itemsPrefix, int count) {
    int[] sizes = new int[count];
    int[] itemOf = new int[entries.length];
    for (int k = 0; k < entries.length; k++) {
      itemOf[k] = itemIndex(log.pointer(entries[k]), itemsPrefix, count);
      if (itemOf[k] >= 0) {
        sizes[itemOf[k]]++;
      }
    }
    int[][] perItem = new int[count][];
    for (int i = 0; i < count; i++) {
      perItem[i] = new int[sizes[i]];
    }
    int[] filled = new int[count];
    for (int k = 0; k < entries.length; k++) {
      int item = itemOf[k];
      if (item >= 0) {
        perItem[item][filled[item]++] = entries[k];
      }
    }
    return perItem;
  }

  private static int itemIndex(String pointer, String itemsPrefix, int count) {
    if (!pointer.startsWith(itemsPrefix)) {
      return -1;
    }
    int value = 0;
    int i = itemsPrefix.length();
    if (i == pointer.length()) {
      return -1;
    }
    for (; i < pointer.length() && pointer.charAt(i) != '/'; i++) {
      char c = pointer.charAt(i);
      if (c < '0' || c > '9' || value > count) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value < count ? value : -1;
  }

  /**
   * The positions below {@code prefix}, rebased onto it. Entries are put relative to the object
   * (what {@link SourceMap.Builder#buildBelow} would produce) so that List items share pointers.
   */
  private SourceMap sourceMap(PositionLog log, int[] entries, String prefix) {
    SourceMap.Builder builder = SourceMap.builder(file);
    int cut = prefix.length();
    for (int index : entries) {
      String pointer = log.pointer(index);
      builder.put(
          PointerCache.pointer(cut == 0 ? pointer : pointer.substring(cut)),
          log.line(index),
          log.column(index));
    }
    return builder.build();
  }

  private void notAnObject(
      SourceOutcome out, PositionLog log, int[] entries, String pointer, String message) {
    int[] place = place(log, entries, pointer);
    if (role != FileRules.Role.MANIFEST) {
      out.skipConfigDocument(role, place[0]);
    } else {
      out.error(place[0], place[1], message);
    }
  }

  /** Where a pointer (or its nearest recorded parent) sits. */
  private static int[] place(PositionLog log, int[] entries, String pointer) {
    String p = pointer;
    while (true) {
      for (int index : entries) {
        if (log.pointer(index).equals(p)) {
          return new int[] {log.line(index), log.column(index)};
        }
      }
      if (p.isEmpty()) {
        return entries.length > 0
            ? new int[] {log.line(entries[0]), log.column(entries[0])}
            : new int[] {1, 1};
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** {@code v1/List} and any {@code *List} kind that has items, as kubectl treats them. */
  private static boolean isList(ObjectNode object) {
    JsonNode kind = object.get("kind");
    return kind != null
        && kind.isString()
        && kind.asString().endsWith("List")
        && object.has("items");
  }

  /**
   * API groups of Kubernetes component configuration (kubelet, kube-proxy, scheduler, API server
   * encryption and admission, audit policy, kubeadm), whose files have no {@code metadata}.
   */
  static boolean isComponentConfig(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    if (group.equals("kustomize.config.k8s.io")) {
      return false; // a Kustomization is a build file, warned about separately
    }
    return group.endsWith(".config.k8s.io")
        || group.endsWith(".admission.k8s.io")
        || group.equals("audit.k8s.io")
        || group.equals("apiserver.k8s.io")
        || group.equals("kubeadm.k8s.io");
  }

  /** {@code configs/kubelet-config.yaml} → {@code kubelet-config}; stdin → {@code stdin}. */
  private static String baseName(String file) {
    if (file.equals("-")) {
      return "stdin";
    }
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static boolean isKustomizeConfig(String apiVersion, String kind) {
    return ("Kustomization".equals(kind) || "Component".equals(kind))
        && (apiVersion == null || apiVersion.startsWith("kustomize.config.k8s.io/"));
  }

  private static String requiredText(ObjectNode object, String field, List<String> missing) {
    JsonNode value = object.path(field);
    String text = text(value);
    if (text == null) {
      missing.add(
          value.isMissingNode()
                  || value.isNull()
                  || (value.isString() && value.asString().isEmpty())
              ? "no " + field
              : field + " is " + describe(value) + ", not a string");
    }
    return text;
  }

  private static String text(JsonNode value) {
    return value.isString() && !value.asString().isEmpty() ? value.asString() : null;
  }

  private static String itemLabel(String itemPointer) {
    return "List item " + itemPointer;
  }

  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return "null";
    }
    if (node.isArray()) {
      return "a sequence";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isNumber()) {
      return "a number";
    }
    return "a string";
  }
}
