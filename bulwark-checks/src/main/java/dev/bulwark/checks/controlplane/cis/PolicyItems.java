package dev.bulwark.checks.controlplane.cis;

import static dev.bulwark.checks.controlplane.cis.CisItem.define;

import dev.bulwark.api.ContainerKind;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.Inventory;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.controlplane.cis.ObjectsTest.Judgement;
import dev.bulwark.checks.support.ClusterRoleBindings;
import dev.bulwark.checks.support.ServiceAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * CIS 5: policies, which kube-bench checks with {@code kubectl} against the cluster and Bulwark
 * checks against the objects among the inputs. Every item is Manual, so the worst status is WARN.
 * Workload templates count as pods.
 */
final class PolicyItems {
  private PolicyItems() {}

  static CisGroup rbac() {
    return new CisGroup(
        "5.1",
        "RBAC and Service Accounts",
        List.of(
            define("5.1.1", "Ensure that the cluster-admin role is only used where required")
                .manual()
                .test(new ObjectsTest("ClusterRoleBindings", PolicyItems::clusterAdminBindings))
                .remediation(
                    "Bind people and workloads to narrower roles than cluster-admin; keep only the"
                        + " built-in cluster-admin binding.")
                .build(),
            define("5.1.2", "Minimize access to secrets")
                .manual()
                .test(
                    inputs ->
                        Outcome.notEvaluated(
                            "needs an authorization check of system:authenticated (kubectl auth"
                                + " can-i); see bulwark scan's RBAC checks"))
                .remediation(
                    "Remove get, list and watch on secrets from roles bound to broad groups.")
                .build(),
            define("5.1.3", "Minimize wildcard use in Roles and ClusterRoles")
                .manual()
                .test(new ObjectsTest("Roles and ClusterRoles", PolicyItems::wildcardRoles))
                .remediation(
                    "Replace [\"*\"] in rules with the API groups, resources and verbs actually"
                        + " needed.")
                .build(),
            define("5.1.4", "Minimize access to create pods")
                .manual()
                .test(
                    inputs ->
                        Outcome.notEvaluated(
                            "needs an authorization check of system:authenticated (kubectl auth"
                                + " can-i); see bulwark scan's RBAC checks"))
                .remediation("Remove create on pods from roles bound to broad groups.")
                .build(),
            define("5.1.5", "Ensure that default service accounts are not actively used")
                .manual()
                .test(
                    new ObjectsTest("default ServiceAccounts", PolicyItems::defaultServiceAccounts))
                .remediation(
                    "Set automountServiceAccountToken: false on every namespace's default"
                        + " ServiceAccount.")
                .build(),
            define("5.1.6", "Ensure that Service Account Tokens are only mounted where necessary")
                .manual()
                .test(new ObjectsTest("pods", PolicyItems::tokenMounts))
                .remediation(
                    "Set automountServiceAccountToken: false on ServiceAccounts and pods that do"
                        + " not call the API.")
                .build(),
            define("5.1.7", "Avoid use of system:masters group")
                .manual()
                .remediation(
                    "Issue no certificates in system:masters except the break-glass admin"
                        + " credential.")
                .build(),
            define(
                    "5.1.8",
                    "Limit use of the Bind, Impersonate and Escalate permissions in the Kubernetes"
                        + " cluster")
                .manual()
                .remediation("Grant bind, impersonate and escalate only to cluster administrators.")
                .build(),
            define("5.1.9", "Minimize access to create persistent volumes")
                .manual()
                .remediation(
                    "Grant create on persistentvolumes only to storage administrators: a hostPath"
                        + " volume reaches the node.")
                .build(),
            define("5.1.10", "Minimize access to the proxy sub-resource of nodes")
                .manual()
                .remediation(
                    "Grant nodes/proxy only to monitoring that needs it: it reaches the kubelet"
                        + " API.")
                .build(),
            define(
                    "5.1.11",
                    "Minimize access to the approval sub-resource of certificatesigningrequests"
                        + " objects")
                .manual()
                .remediation(
                    "Grant certificatesigningrequests/approval only to the controllers that sign"
                        + " certificates.")
                .build(),
            define("5.1.12", "Minimize access to webhook configuration objects")
                .manual()
                .remediation(
                    "Grant write access to admission webhook configurations only to cluster"
                        + " administrators.")
                .build(),
            define("5.1.13", "Minimize access to the service account token creation")
                .manual()
                .remediation(
                    "Grant create on serviceaccounts/token only where tokens must be minted.")
                .build()));
  }

  static CisGroup podSecurity() {
    return new CisGroup(
        "5.2",
        "Pod Security Standards",
        List.of(
            define(
                    "5.2.1",
                    "Ensure that the cluster has at least one active policy control mechanism in"
                        + " place")
                .manual()
                .remediation(
                    "Enforce Pod Security admission (or an external policy engine) in every"
                        + " namespace with workloads.")
                .build(),
            define("5.2.2", "Minimize the admission of privileged containers")
                .manual()
                .test(
                    new ObjectsTest(
                        "pod containers",
                        containers("securityContext.privileged", PolicyItems::trueOrOther)))
                .remediation(
                    "Enforce the baseline Pod Security level, which forbids privileged containers.")
                .build(),
            define(
                    "5.2.3",
                    "Minimize the admission of containers wishing to share the host process ID"
                        + " namespace")
                .manual()
                .test(new ObjectsTest("pods", pods("hostPID")))
                .remediation("Enforce the baseline Pod Security level, which forbids hostPID.")
                .build(),
            define(
                    "5.2.4",
                    "Minimize the admission of containers wishing to share the host IPC namespace")
                .manual()
                .test(new ObjectsTest("pods", pods("hostIPC")))
                .remediation("Enforce the baseline Pod Security level, which forbids hostIPC.")
                .build(),
            define(
                    "5.2.5",
                    "Minimize the admission of containers wishing to share the host network"
                        + " namespace")
                .manual()
                .test(new ObjectsTest("pods", pods("hostNetwork")))
                .remediation("Enforce the baseline Pod Security level, which forbids hostNetwork.")
                .build(),
            define("5.2.6", "Minimize the admission of containers with allowPrivilegeEscalation")
                .manual()
                .test(
                    new ObjectsTest(
                        "pod containers",
                        containers(
                            "securityContext.allowPrivilegeEscalation", PolicyItems::trueOrOther)))
                .remediation(
                    "Enforce the restricted Pod Security level, which requires"
                        + " allowPrivilegeEscalation: false.")
                .build(),
            define("5.2.7", "Minimize the admission of root containers")
                .manual()
                .remediation(
                    "Enforce the restricted Pod Security level, which requires runAsNonRoot.")
                .build(),
            define("5.2.8", "Minimize the admission of containers with the NET_RAW capability")
                .manual()
                .remediation(
                    "Enforce the restricted Pod Security level, which drops ALL capabilities.")
                .build(),
            define("5.2.9", "Minimize the admission of containers with capabilities assigned")
                .manual()
                .remediation("Drop ALL capabilities and add back only what a container needs.")
                .build(),
            define("5.2.10", "Minimize the admission of Windows HostProcess containers")
                .manual()
                .remediation(
                    "Enforce the baseline Pod Security level, which forbids HostProcess"
                        + " containers.")
                .build(),
            define("5.2.11", "Minimize the admission of HostPath volumes")
                .manual()
                .remediation(
                    "Enforce the baseline Pod Security level, which forbids hostPath volumes.")
                .build(),
            define("5.2.12", "Minimize the admission of containers which use HostPorts")
                .manual()
                .remediation("Enforce the baseline Pod Security level, which forbids host ports.")
                .build()));
  }

  static CisGroup network() {
    return new CisGroup(
        "5.3",
        "Network Policies and CNI",
        List.of(
            define("5.3.1", "Ensure that the CNI in use supports NetworkPolicies")
                .manual()
                .remediation("Use a CNI plugin that enforces NetworkPolicy (Calico, Cilium, …).")
                .build(),
            define("5.3.2", "Ensure that all Namespaces have NetworkPolicies defined")
                .manual()
                .remediation(
                    "Give every namespace a default-deny NetworkPolicy and allow what is needed.")
                .build()));
  }

  static CisGroup secrets() {
    return new CisGroup(
        "5.4",
        "Secrets Management",
        List.of(
            define("5.4.1", "Prefer using Secrets as files over Secrets as environment variables")
                .manual()
                .remediation("Mount Secrets as volumes instead of exposing them through env.")
                .build(),
            define("5.4.2", "Consider external secret storage")
                .manual()
                .remediation(
                    "Keep secrets in a secret manager and sync them in with short lifetimes.")
                .build()));
  }

  static CisGroup admission() {
    return new CisGroup(
        "5.5",
        "Extensible Admission Control",
        List.of(
            define(
                    "5.5.1",
                    "Configure Image Provenance using ImagePolicyWebhook admission controller")
                .manual()
                .remediation("Verify image signatures or provenance at admission.")
                .build()));
  }

  static CisGroup general() {
    return new CisGroup(
        "5.6",
        "General Policies",
        List.of(
            define("5.6.1", "Create administrative boundaries between resources using namespaces")
                .manual()
                .remediation("Separate teams and applications into namespaces with their own RBAC.")
                .build(),
            define(
                    "5.6.2",
                    "Ensure that the seccomp profile is set to docker/default in your Pod"
                        + " definitions")
                .manual()
                .remediation("Set securityContext.seccompProfile.type: RuntimeDefault in pods.")
                .build(),
            define("5.6.3", "Apply SecurityContext to your Pods and Containers")
                .manual()
                .remediation(
                    "Give every pod and container a securityContext following the restricted Pod"
                        + " Security level.")
                .build(),
            define("5.6.4", "The default namespace should not be used")
                .manual()
                .remediation("Deploy workloads into their own namespaces, not default.")
                .build()));
  }

  /** 5.1.1: a ClusterRoleBinding other than the built-in one that grants cluster-admin. */
  private static List<Judgement> clusterAdminBindings(Inventory objects) {
    List<Judgement> out = new ArrayList<>();
    for (Resource binding : objects.ofKind("ClusterRoleBinding")) {
      String role = binding.object().path("roleRef").path("name").asString("");
      boolean compliant =
          !(role.equals(ClusterRoleBindings.CLUSTER_ADMIN)
              && !binding.name().equals(ClusterRoleBindings.CLUSTER_ADMIN));
      out.add(
          new Judgement(
              binding,
              JsonPointer.of("roleRef", "name"),
              binding.ref().toString(),
              compliant,
              "roleRef " + role));
    }
    return out;
  }

  /** 5.1.3: a rule with a list that is exactly {@code ["*"]}, as kube-bench's grep finds it. */
  private static List<Judgement> wildcardRoles(Inventory objects) {
    List<Judgement> out = new ArrayList<>();
    for (String kind : List.of("Role", "ClusterRole")) {
      for (Resource role : objects.ofKind(kind)) {
        Optional<JsonPointer> wildcard = wildcardList(role);
        out.add(
            new Judgement(
                role,
                wildcard.orElse(JsonPointer.of("rules")),
                role.ref().toString(),
                wildcard.isEmpty(),
                wildcard
                    .map(p -> String.join(".", p.tokens()) + ": [\"*\"]")
                    .orElse("no [\"*\"]")));
      }
    }
    return out;
  }

  private static Optional<JsonPointer> wildcardList(Resource role) {
    JsonNode rules = role.object().path("rules");
    for (int i = 0; i < rules.size(); i++) {
      for (String field :
          List.of("apiGroups", "resources", "verbs", "resourceNames", "nonResourceURLs")) {
        JsonNode list = rules.get(i).path(field);
        if (list.isArray() && list.size() == 1 && list.get(0).asString("").equals("*")) {
          return Optional.of(JsonPointer.of("rules", Integer.toString(i), field));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * 5.1.5: every {@code default} ServiceAccount must say {@code automountServiceAccountToken:
   * false}.
   */
  private static List<Judgement> defaultServiceAccounts(Inventory objects) {
    List<Judgement> out = new ArrayList<>();
    for (Resource account : objects.ofKind("ServiceAccount")) {
      if (account.name().equals(ServiceAccounts.DEFAULT)) {
        String automount = automount(account.object());
        out.add(
            new Judgement(
                account,
                JsonPointer.of("automountServiceAccountToken"),
                account.ref().toString(),
                automount.equals("false"),
                "automountServiceAccountToken " + automount));
      }
    }
    return out;
  }

  /**
   * 5.1.6, kube-bench's rule: compliant when the account says false and the pod says false or
   * nothing, or the account says true and the pod false. An account that is not among the inputs
   * counts as saying nothing, as kube-bench's lookup of a missing account does.
   */
  private static List<Judgement> tokenMounts(Inventory objects) {
    List<Judgement> out = new ArrayList<>();
    for (Resource workload : objects.all()) {
      Optional<PodSpecRef> pod = Workloads.podSpec(workload);
      if (pod.isEmpty()) {
        continue;
      }
      String accountName = ServiceAccounts.of(pod.get()).name();
      String accountSays =
          ServiceAccounts.find(objects, workload.namespace(), accountName)
              .map(a -> automount(a.object()))
              .orElse("notset");
      String podSays = automount(pod.get().spec());
      boolean compliant =
          (accountSays.equals("false") && !podSays.equals("true"))
              || (accountSays.equals("true") && podSays.equals("false"));
      out.add(
          new Judgement(
              workload,
              pod.get().field("automountServiceAccountToken"),
              workload.ref().toString(),
              compliant,
              "ServiceAccount "
                  + accountName
                  + " automount "
                  + accountSays
                  + ", pod automount "
                  + podSays));
    }
    return out;
  }

  private static String automount(JsonNode owner) {
    JsonNode value = owner.path("automountServiceAccountToken");
    return value.isBoolean() ? Boolean.toString(value.asBoolean()) : "notset";
  }

  /**
   * 5.2.3–5.2.5: a pod that sets the field to {@code true}; an explicit false is what the API
   * stores as unset.
   */
  private static Function<Inventory, List<Judgement>> pods(String field) {
    return objects -> {
      List<Judgement> out = new ArrayList<>();
      for (Resource workload : objects.all()) {
        Workloads.podSpec(workload)
            .ifPresent(
                pod -> {
                  JsonNode value = pod.spec().path(field);
                  boolean set =
                      value.isBoolean()
                          ? value.asBoolean()
                          : !value.isMissingNode() && !value.isNull();
                  out.add(
                      new Judgement(
                          workload,
                          pod.field(field),
                          workload.ref().toString(),
                          !set,
                          field + " " + (set ? value.asString() : "notset")));
                });
      }
      return out;
    };
  }

  /**
   * 5.2.2 and 5.2.6: each regular container; a value other than false or unset is not compliant.
   */
  private static Function<Inventory, List<Judgement>> containers(
      String dottedField, Predicate<JsonNode> nonCompliant) {
    String[] path = dottedField.split("\\.");
    return objects -> {
      List<Judgement> out = new ArrayList<>();
      for (Resource workload : objects.all()) {
        for (ContainerRef container : Workloads.containers(workload)) {
          if (container.kind() != ContainerKind.REGULAR) {
            continue; // kube-bench reads .spec.containers[] only
          }
          JsonPointer pointer = container.field(path);
          JsonNode value = workload.at(pointer);
          boolean bad = nonCompliant.test(value);
          out.add(
              new Judgement(
                  workload,
                  pointer,
                  workload.ref() + " " + container.describe(),
                  !bad,
                  path[path.length - 1]
                      + " "
                      + (value.isMissingNode() || value.isNull() ? "notset" : value.asString())));
        }
      }
      return out;
    };
  }

  private static boolean trueOrOther(JsonNode value) {
    return !(value.isMissingNode() || value.isNull() || (value.isBoolean() && !value.asBoolean()));
  }
}
