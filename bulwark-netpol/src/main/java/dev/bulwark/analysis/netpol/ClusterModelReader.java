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

    for (Resource r : inventory.all()) {
      if (r.kind().equals("Namespace") && r.ref().group().isEmpty()) {
        if (namespaces.containsKey(r.name())) {
          warnings.add("Namespace " + r.name() + " is defined more than once; the first definition is used");
        } else {
          namespaces.put(r.name(), Namespaces.withNameLabel(r.name(), r.labels()));
        }
      } else if (WorkloadReader.isWorkload(r)) {
        Optional<Workload> w = WorkloadReader.read(r);
        w.ifPresent(workload -> {
          workloads.putIfAbsent(workload.displayName(), workload);
          podsByWorkload.computeIfAbsent(workload.displayName(), k -> new ArrayList<>()).add(workload);
        });
      } else if (NetworkPolicyReader.isNetworkPolicy(r)) {
        NetworkPolicy np = NetworkPolicyReader.read(r);
        Resource earlier = policyNames.putIfAbsent(np.fullName(), r);
        if (earlier != null) {
          throw new NetpolInputException("NetworkPolicy \"" + np.fullName() + "\" is defined twice ("
              + earlier.locate(dev.bulwark.api.JsonPointer.ROOT) + " and " + r.locate(dev.bulwark.api.JsonPointer.ROOT) + ")");
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

  private static void checkAdminPolicies(List<AdminPolicy> admin) {
    Map<String, AdminPolicy> byName = new HashMap<>();
    Map<Integer, AdminPolicy> byPriority = new HashMap<>();
    for (AdminPolicy p : admin) {
      if (byName.putIfAbsent(p.name(), p) != null) {
        throw new NetpolInputException("an AdminNetworkPolicy \"" + p.name()
            + "\" is already exists. Only one object of a given kind can have a given name at a time.");
      }
      AdminPolicy same = byPriority.putIfAbsent(p.priority(), p);
      if (same != null) {
        throw new NetpolInputException("Admin Network Policies: " + same.name() + " and " + p.name()
            + " have same priority;Two policies are considered to be conflicting if they are assigned the same priority.");
      }
    }
  }
}
