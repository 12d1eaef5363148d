package dev.bulwark.checks.serviceaccount;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.ServiceAccounts;
import dev.bulwark.checks.support.ServiceAccounts.Account;
import java.util.List;
import java.util.Optional;

/**
 * Flags pods that get an API token mounted automatically: the pod's {@code
 * automountServiceAccountToken} is not false and, when the pod leaves it unset, neither is its
 * ServiceAccount's. The pod's field wins over the account's, as in the ServiceAccount admission
 * plugin. The account is looked up among the scanned objects ({@link ServiceAccounts#find}: same
 * namespace, or a manifest without one); when it is not there the pod is reported, since nothing
 * says the token is off.
 *
 * <p>A pod whose account a scanned RoleBinding or ClusterRoleBinding names is not reported: someone
 * granted the account API permissions, so the pod needs its token (the issue asks for the check
 * "where the pod does not need the API"). Controllers and operators are such pods: 93 of the 453
 * findings on the shared corpus before this rule.
 *
 * <p>Low severity: whether a pod needs the API cannot be seen from its manifest, and a token grants
 * only what RBAC gives the account.
 */
@CheckInfo(
    id = "service-account-token-automount",
    summary = "Pod gets an API token mounted automatically",
    description =
        "Every container of the pod finds a token for its ServiceAccount under"
            + " /var/run/secrets/kubernetes.io/serviceaccount. Most applications never call the"
            + " Kubernetes API, and for them the token only helps an intruder: it is a credential"
            + " to whatever the account may do, today and after the next RBAC change.",
    severity = Severity.LOW,
    category = Category.SERVICE_ACCOUNTS,
    kinds = {CheckInfo.WORKLOADS},
    scope = Scope.INVENTORY,
    reads = {"ServiceAccount", CheckInfo.RBAC},
    remediation =
        "Set automountServiceAccountToken: false on the pod (or its ServiceAccount); pods that"
            + " do call the API can mount a short-lived projected token explicitly.",
    frameworks = {"CIS:5.1.6", "NSA:authentication-authorization", "MITRE:T1528"})
public final class ServiceAccountTokenAutomounted implements Check {
  private static final JsonPointer AUTOMOUNT = JsonPointer.of("automountServiceAccountToken");

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Optional<PodSpecRef> pod = Workloads.podSpec(resource);
    if (pod.isEmpty()) {
      return List.of();
    }
    JsonPointer field = pod.get().field("automountServiceAccountToken");
    if (JsonValues.isFalse(resource.at(field))) {
      return List.of();
    }
    Account account = ServiceAccounts.of(pod.get());
    if (ServiceAccounts.isBound(context.inventory(), resource.namespace(), account.name())) {
      return List.of();
    }
    if (JsonValues.isTrue(resource.at(field))) {
      return List.of(Violation.at(field, "pod sets automountServiceAccountToken: true"));
    }
    Optional<Resource> object =
        ServiceAccounts.find(context.inventory(), resource.namespace(), account.name());
    if (object.filter(sa -> JsonValues.isFalse(sa.at(AUTOMOUNT))).isPresent()) {
      return List.of();
    }
    return List.of(
        Violation.at(
            pod.get().pointer(),
            object.isPresent()
                ? "pod mounts a token for ServiceAccount \"%s\", which does not turn automount off"
                : "pod mounts a token for ServiceAccount \"%s\" (not among the scanned objects)",
            account.name()));
  }
}
