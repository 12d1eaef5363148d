/**
 * NetworkPolicy analysis: which workloads are isolated, which connections the policies allow
 * between workloads and external address ranges, and why.
 *
 * <p>{@link dev.bulwark.analysis.netpol.ClusterModel#read} turns an inventory into the model
 * (namespaces, workloads, NetworkPolicies, AdminNetworkPolicies); {@link
 * dev.bulwark.analysis.netpol.ConnectivityEngine} answers "what may flow from A to B" by
 * equivalence classes of workloads rather than by pairs of pods; the formatters write the
 * answers in the formats of netpol-analyzer so the two tools can be diffed.
 */
package dev.bulwark.analysis.netpol;
