package dev.bulwark.analysis.netpol;

import dev.bulwark.api.Inventory;
import java.util.List;

/**
 * Everything the NetworkPolicy analysis knows about a set of manifests: namespaces, workloads,
 * policies of all three layers, and how outside traffic enters (Services, Ingresses, Routes).
 *
 * @param namespaces namespaces with their labels
 * @param workloads workloads sorted by {@link Workload#displayName()}, one per name
 * @param networkPolicies NetworkPolicies in input order
 * @param adminPolicies AdminNetworkPolicies, highest precedence (lowest priority number) first
 * @param baseline the BaselineAdminNetworkPolicy, or {@code null}
 * @param services Services
 * @param ingressEntries Ingresses and Routes
 * @param warnings things worth knowing that do not stop the analysis
 */
public record ClusterModel(
    Namespaces namespaces,
    List<Workload> workloads,
    List<NetworkPolicy> networkPolicies,
    List<AdminPolicy> adminPolicies,
    AdminPolicy baseline,
    List<ServiceInfo> services,
    List<IngressEntry> ingressEntries,
    List<String> warnings) {

  public ClusterModel {
    workloads = List.copyOf(workloads);
    networkPolicies = List.copyOf(networkPolicies);
    adminPolicies = List.copyOf(adminPolicies);
    services = List.copyOf(services);
    ingressEntries = List.copyOf(ingressEntries);
    warnings = List.copyOf(warnings);
  }

  /**
   * Reads the model from an inventory.
   *
   * @throws NetpolInputException when the input cannot be analysed soundly
   */
  public static ClusterModel read(Inventory inventory) {
    return new ClusterModelReader(inventory).read();
  }

  /** True when some policy of any layer exists. */
  public boolean hasPolicies() {
    return !networkPolicies.isEmpty() || !adminPolicies.isEmpty() || baseline != null;
  }
}
