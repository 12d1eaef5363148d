package dev.bulwark.analysis.netpol;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Builds a {@link ClusterModel} from an inventory, object by object, then checks it as a whole. */
final class ClusterModelReader {
  private final Inventory inventory;
  private final List<String> warnings = new ArrayList<>();

  ClusterModelReader(Inventory inventory) {
    this.inventory = inventory;
  }

  ClusterModel read() {
    Map<String, Map<String, String>> namespaces = new TreeMap<>();
    Map<String, Workload> workloads = new LinkedHashMap<>();
    Map<String, List<Workload>> podsByWorkload = new HashMap<>();
    List<NetworkPolicy> policies = new ArrayList<>();
    Map<String, Resource> policyNames = new HashMap<>();
    List<AdminPolicy> admin = new ArrayList<>();
    AdminPolicy baseline = null;
    List<ServiceInfo> services = new ArrayList<>();
    List<IngressEntry> entries = new ArrayList<>();

    for (Resource r : canonicalOrder(inventory.all())) {
      if (r.kind().equals("Namespace") && r.ref().group().isEmpty()) {
        if (namespaces.containsKey(r.name())) {
          warnings.add("Namespace " + r.name() + " is defined more than once; the first definition is used");
        } else {
          namespaces.put(r.name(), Namespaces.withNameLabel(r.name(), r.labels()));
        }
      } else if (WorkloadReader.isWorkload(r)) {
        Optional<Workload> w = WorkloadReader.read(r);
        w.ifPresent(workload -> {
          Workload first = workloads.putIfAbsent(workload.displayName(), workload);
          boolean ownedPod = r.kind().equals("Pod") && !r.name().equals(workload.name());
          if (ownedPod) {
            podsByWorkload.computeIfAbsent(workload.displayName(), k -> new ArrayList<>()).add(workload);
          } else if (first != null) {
            warnings.add(workload.displayName() + " is defined more than once; the first definition ("
                + first.source().locate(dev.bulwark.api.JsonPointer.ROOT) + ") is used");
          }
        });
      } else if (NetworkPolicyReader.isNetworkPolicy(r)) {
        NetworkPolicy np = NetworkPolicyReader.read(r);
        Resource earlier = policyNames.putIfAbsent(np.fullName(), r);
        if (earlier != null) {
          // Repositories hold variants of the same manifests (overlays, HA and non-HA installs):
          // the API server would keep one object, so do we, and say which.
          warnings.add("NetworkPolicy " + np.fullName() + " is defined more than once; the first definition ("
              + earlier.locate(dev.bulwark.api.JsonPointer.ROOT) + ") is used, not " + r.locate(dev.bulwark.api.JsonPointer.ROOT));
          continue;
        }
        policies.add(np);
      } else if (AdminPolicyReader.isAdminPolicy(r)) {
        AdminPolicy p = AdminPolicyReader.read(r, warnings);
        if (p.baseline()) {
          if (baseline != null) {
            throw new NetpolInputException(
                "only one baseline admin network policy may be provided in input resources; one already exists");
          }
          baseline = p;
        } else {
          admin.add(p);
        }
      } else if (IngressReader.isService(r)) {
        services.add(IngressReader.service(r));
      } else if (IngressReader.isIngressEntry(r)) {
        entries.add(IngressReader.entry(r, warnings));
      }
    }
    checkAdminPolicies(admin);
    admin.sort(Comparator.comparingInt(AdminPolicy::priority));
    for (Workload w : workloads.values()) {
      namespaces.computeIfAbsent(w.namespace(), ns -> Namespaces.withNameLabel(ns, Map.of()));
      if (w.hostNetwork()) {
        warnings.add(w.displayName() + " uses the host network: its traffic is subject to NetworkPolicies only as far as"
            + " the network plugin enforces them; it is analysed as an ordinary pod");
      }
    }
    List<Workload> sorted = new ArrayList<>(workloads.values());
    sorted.sort(Comparator.comparing(Workload::displayName));
    ClusterModel model = new ClusterModel(
        new Namespaces(namespaces), sorted, policies, admin, baseline, services, entries, warnings);
    new SameOwnerCheck(model).check(podsByWorkload);
    return model;
  }

  /**
   * Objects by identity, then by where they were read: the same objects give the same model
   * whether they come from files, a dump or a live cluster, in whatever order (which pod stands
   * for its owner, which of two duplicates is kept).
   */
  private static List<Resource> canonicalOrder(List<Resource> resources) {
    List<Resource> sorted = new ArrayList<>(resources);
    sorted.sort(Comparator.comparing(Resource::ref)
        .thenComparing(Resource::file)
        .thenComparingInt(Resource::documentIndex));
    return sorted;
  }

  private void checkAdminPolicies(List<AdminPolicy> admin) {
    Map<String, AdminPolicy> byName = new HashMap<>();
    Map<Integer, AdminPolicy> byPriority = new HashMap<>();
    for (java.util.Iterator<AdminPolicy> it = admin.iterator(); it.hasNext(); ) {
      AdminPolicy p = it.next();
      if (byName.putIfAbsent(p.name(), p) != null) {
        warnings.add("AdminNetworkPolicy " + p.name() + " is defined more than once; the first definition is used");
        it.remove();
        continue;
      }
      AdminPolicy same = byPriority.putIfAbsent(p.priority(), p);
      if (same != null) {
        throw new NetpolInputException("Admin Network Policies: " + same.name() + " and " + p.name()
            + " have same priority;Two policies are considered to be conflicting if they are assigned the same priority.");
      }
    }
  }
}
