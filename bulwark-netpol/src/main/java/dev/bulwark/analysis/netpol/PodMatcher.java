package dev.bulwark.analysis.netpol;

/**
 * Pods chosen by a namespace selector and a pod selector together, as in an admin policy's
 * subject or peer.
 *
 * @param namespaceSelector the namespaces (empty = all)
 * @param podSelector the pods within them, or {@code null} for all
 */
public record PodMatcher(LabelSelector namespaceSelector, LabelSelector podSelector) {

  public boolean matches(Workload w, Namespaces namespaces) {
    return namespaceSelector.matches(namespaces.labels(w.namespace()))
        && (podSelector == null || podSelector.matches(w.labels()));
  }
}
