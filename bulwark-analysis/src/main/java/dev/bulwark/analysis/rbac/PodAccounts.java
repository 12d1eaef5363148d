package dev.bulwark.analysis.rbac;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Which ServiceAccounts exist and where their credentials are: the pods (workloads) that run as
 * them, whether those pods mount the token, and legacy token Secrets.
 */
public final class PodAccounts {
  private static final String TOKEN_SECRET = "kubernetes.io/service-account-token";
  private static final String TOKEN_OWNER = "kubernetes.io/service-account.name";

  /**
   * A workload and the ServiceAccount its pods run as.
   *
   * @param resource the workload object
   * @param account the ServiceAccount
   * @param mountsToken false when automountServiceAccountToken is off (pod spec, else the account)
   * @param pointer {@code serviceAccountName} if set, else the pod spec
   */
  public record Workload(
      Resource resource, Subject account, boolean mountsToken, JsonPointer pointer) {}

  private final Map<Subject, Resource> accounts = new HashMap<>();
  private final List<Workload> workloads = new ArrayList<>();
  private final Map<Resource, Workload> workloadByResource = new java.util.IdentityHashMap<>();
  private final Map<Subject, List<Workload>> workloadsByAccount = new HashMap<>();
  private final Map<Subject, List<Resource>> tokenSecrets = new HashMap<>();
  private final Set<String> namespaces = new TreeSet<>();

  private PodAccounts() {}

  /**
   * Reads ServiceAccounts, Secrets, Namespaces and workloads; unqualified objects go to {@code
   * defaultNamespace}.
   */
  public static PodAccounts of(Collection<Resource> resources, String defaultNamespace) {
    PodAccounts out = new PodAccounts();
    for (Resource r : resources) {
      String ns =
          r.namespace() == null || r.namespace().isEmpty() ? defaultNamespace : r.namespace();
      switch (r.kind()) {
        case "ServiceAccount" -> {
          out.accounts.putIfAbsent(Subject.serviceAccount(ns, r.name()), r);
          out.namespaces.add(ns);
        }
        case "Namespace" -> out.namespaces.add(r.name());
        case "Secret" -> {
          if (TOKEN_SECRET.equals(r.object().path("type").asString(""))) {
            String owner = r.annotations().get(TOKEN_OWNER);
            if (owner != null) {
              out.tokenSecrets
                  .computeIfAbsent(Subject.serviceAccount(ns, owner), k -> new ArrayList<>())
                  .add(r);
            }
          }
        }
        default -> {}
      }
    }
    for (Resource r : resources) {
      Workloads.podSpec(r).ifPresent(spec -> out.addWorkload(r, spec, defaultNamespace));
    }
    return out;
  }

  private void addWorkload(Resource r, PodSpecRef spec, String defaultNamespace) {
    String ns = r.namespace() == null || r.namespace().isEmpty() ? defaultNamespace : r.namespace();
    JsonNode podSpec = spec.spec();
    String name = podSpec.path("serviceAccountName").asString("");
    JsonPointer pointer = spec.field("serviceAccountName");
    if (name.isEmpty()) {
      // The deprecated field still works when the new one is absent.
      name = podSpec.path("serviceAccount").asString("");
      pointer = name.isEmpty() ? spec.pointer() : spec.field("serviceAccount");
    }
    Subject account = Subject.serviceAccount(ns, name.isEmpty() ? "default" : name);
    Workload w = new Workload(r, account, mountsToken(podSpec, accounts.get(account)), pointer);
    workloads.add(w);
    workloadByResource.put(r, w);
    workloadsByAccount.computeIfAbsent(account, k -> new ArrayList<>()).add(w);
    namespaces.add(ns);
  }

  /** The pod's own setting wins over the ServiceAccount's; both default to mounting. */
  private static boolean mountsToken(JsonNode podSpec, Resource account) {
    JsonNode pod = podSpec.path("automountServiceAccountToken");
    if (pod.isBoolean()) {
      return pod.asBoolean();
    }
    if (account != null) {
      JsonNode sa = account.object().path("automountServiceAccountToken");
      if (sa.isBoolean()) {
        return sa.asBoolean();
      }
    }
    return true;
  }

  /** ServiceAccount objects in the manifests. */
  public Set<Subject> declaredAccounts() {
    return accounts.keySet();
  }

  public List<Workload> workloads() {
    return workloads;
  }

  /** The workload an object is, if it runs pods. */
  public java.util.Optional<Workload> workloadOf(Resource resource) {
    return java.util.Optional.ofNullable(workloadByResource.get(resource));
  }

  /** Workloads whose pods run as the account. */
  public List<Workload> workloadsOf(Subject account) {
    return workloadsByAccount.getOrDefault(account, List.of());
  }

  /** Accounts that some workload runs as. */
  public Set<Subject> runningAccounts() {
    return workloadsByAccount.keySet();
  }

  /** Accounts with a legacy token Secret. */
  public Set<Subject> accountsWithTokenSecrets() {
    return tokenSecrets.keySet();
  }

  /** Namespaces that hold something: Namespace objects, accounts, workloads. */
  public Set<String> namespaces() {
    return namespaces;
  }
}
