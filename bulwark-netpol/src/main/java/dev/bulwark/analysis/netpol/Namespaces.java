package dev.bulwark.analysis.netpol;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The namespaces the analysis knows, with their labels. Every namespace carries {@code
 * kubernetes.io/metadata.name}, as the API server sets it; namespaces that only pods or policies
 * mention get that label alone.
 */
public final class Namespaces {
  /** The label the API server puts on every namespace. */
  public static final String NAME_LABEL = "kubernetes.io/metadata.name";

  private final Map<String, Map<String, String>> labels;

  Namespaces(Map<String, Map<String, String>> labels) {
    this.labels = Collections.unmodifiableMap(new TreeMap<>(labels));
  }

  /** The labels of a namespace, known or not. */
  public Map<String, String> labels(String namespace) {
    Map<String, String> l = labels.get(namespace);
    return l != null ? l : Map.of(NAME_LABEL, namespace);
  }

  /** True when a Namespace object or a workload defines it. */
  public boolean isKnown(String namespace) {
    return labels.containsKey(namespace);
  }

  /** Known namespace names, sorted. */
  public java.util.Set<String> names() {
    return labels.keySet();
  }

  /** The labels a namespace gets: its own plus the name label. */
  static Map<String, String> withNameLabel(String namespace, Map<String, String> own) {
    Map<String, String> out = new TreeMap<>(own);
    out.putIfAbsent(NAME_LABEL, namespace);
    return Collections.unmodifiableMap(out);
  }
}
