package dev.bulwark.analysis.netpol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Workloads indexed by namespace and by label, so that a selector is checked against the few
 * workloads that carry one of its labels instead of against all of them.
 */
final class WorkloadIndex {
  private final List<Workload> workloads;
  private final Namespaces namespaces;
  private final Map<String, List<Integer>> byNamespace = new HashMap<>();
  private final Map<String, List<Integer>> byLabel = new HashMap<>();
  /** Label postings per namespace, for selectors confined to one namespace (the common case). */
  private final Map<String, List<Integer>> byNamespaceLabel = new HashMap<>();

  WorkloadIndex(List<Workload> workloads, Namespaces namespaces) {
    this.workloads = workloads;
    this.namespaces = namespaces;
    for (int i = 0; i < workloads.size(); i++) {
      Workload w = workloads.get(i);
      byNamespace.computeIfAbsent(w.namespace(), k -> new ArrayList<>()).add(i);
      for (Map.Entry<String, String> label : w.labels().entrySet()) {
        String key = label.getKey() + '\u0000' + label.getValue();
        byLabel.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        byNamespaceLabel.computeIfAbsent(w.namespace() + '\u0000' + key, k -> new ArrayList<>()).add(i);
      }
    }
  }

  /**
   * Indexes of the workloads in namespaces matching {@code namespaceSelector} (or exactly in
   * {@code namespace} when the selector is null) whose labels match {@code podSelector} (any
   * labels when null), ascending.
   */
  List<Integer> select(LabelSelector namespaceSelector, String namespace, LabelSelector podSelector) {
    List<Integer> candidates = null;
    if (namespaceSelector == null && (podSelector == null || podSelector.matchLabels().isEmpty())) {
      candidates = byNamespace.getOrDefault(namespace, List.of());
    }
    if (podSelector != null) {
      String prefix = namespaceSelector == null ? namespace + '\u0000' : "";
      Map<String, List<Integer>> index = namespaceSelector == null ? byNamespaceLabel : byLabel;
      for (Map.Entry<String, String> label : podSelector.matchLabels().entrySet()) {
        List<Integer> posting = index.getOrDefault(prefix + label.getKey() + '\u0000' + label.getValue(), List.of());
        if (candidates == null || posting.size() < candidates.size()) {
          candidates = posting;
        }
      }
    }
    List<Integer> out = new ArrayList<>();
    if (candidates == null) {
      for (Map.Entry<String, List<Integer>> e : byNamespace.entrySet()) {
        if (namespaceMatches(namespaceSelector, namespace, e.getKey())) {
          for (int i : e.getValue()) {
            if (podSelector == null || podSelector.matches(workloads.get(i).labels())) {
              out.add(i);
            }
          }
        }
      }
      out.sort(null);
      return out;
    }
    Map<String, Boolean> namespaceVerdicts = new HashMap<>();
    for (int i : candidates) {
      Workload w = workloads.get(i);
      boolean nsOk = namespaceVerdicts.computeIfAbsent(w.namespace(), ns -> namespaceMatches(namespaceSelector, namespace, ns));
      if (nsOk && (podSelector == null || podSelector.matches(w.labels()))) {
        out.add(i);
      }
    }
    return out;
  }

  private boolean namespaceMatches(LabelSelector selector, String namespace, String candidate) {
    return selector == null ? candidate.equals(namespace) : selector.matches(namespaces.labels(candidate));
  }
}
