package dev.bulwark.analysis.netpol;

import dev.bulwark.api.JsonPointer;

/** One entry of a NetworkPolicy rule's {@code from} or {@code to}. */
public sealed interface RulePeer permits RulePeer.Selector, RulePeer.IpBlock {

  /** Where the entry is in its policy. */
  JsonPointer pointer();

  /**
   * Pods chosen by labels. {@code namespaceSelector == null} means the policy's own namespace;
   * {@code podSelector == null} means every pod of the chosen namespaces.
   *
   * @param namespaceSelector the namespaces, or {@code null}
   * @param podSelector the pods, or {@code null}
   * @param pointer where the entry is
   */
  record Selector(LabelSelector namespaceSelector, LabelSelector podSelector, JsonPointer pointer)
      implements RulePeer {

    /** True when the entry selects the workload, for a policy in {@code policyNamespace}. */
    public boolean matches(Workload w, String policyNamespace, Namespaces namespaces) {
      boolean namespaceMatches =
          namespaceSelector == null
              ? w.namespace().equals(policyNamespace)
              : namespaceSelector.matches(namespaces.labels(w.namespace()));
      return namespaceMatches && (podSelector == null || podSelector.matches(w.labels()));
    }
  }

  /**
   * Addresses outside the cluster: {@code cidr} minus {@code except}. Never matches pods.
   *
   * @param addresses the addresses
   * @param cidr the CIDR as written
   * @param pointer where the entry is
   */
  record IpBlock(IpSet addresses, String cidr, JsonPointer pointer) implements RulePeer {}
}
