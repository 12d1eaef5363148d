package dev.bulwark.checks.exposure;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.image.ImageReference;
import dev.bulwark.checks.support.ClusterRoleBindings;
import dev.bulwark.checks.support.CommandLine;
import dev.bulwark.checks.support.CommandLine.Flag;
import dev.bulwark.checks.support.CommandLine.Word;
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.Namespaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Flags Kubernetes Dashboard deployments that let people in without proper authentication, or whose
 * ServiceAccount is bound to {@code cluster-admin} in the scanned objects.
 *
 * <p>High for both. Checkov's CKV_K8S_33 flags any dashboard, and kubescape's C-0014 is low; here a
 * dashboard is flagged only for the settings that made it the entry point of real incidents: a
 * login anyone can skip, login over plain HTTP, an HTTP listener on all interfaces, and
 * cluster-admin rights behind it. The engine gives a check one severity; a dashboard with both
 * problems gets two high findings, which together mean critical.
 */
@CheckInfo(
    id = "dashboard-exposed",
    summary = "Kubernetes Dashboard lets users in without authentication or with cluster-admin",
    description =
        "With --enable-skip-login the Dashboard offers a Skip button that acts as the Dashboard's"
            + " own ServiceAccount; with --enable-insecure-login, an HTTP --insecure-port or a"
            + " non-loopback --insecure-bind-address, tokens travel in clear text;"
            + " --disable-settings-authorizer lets any user change its settings. If that"
            + " ServiceAccount is bound to cluster-admin, whoever reaches the Dashboard owns the"
            + " cluster: exposed dashboards of this kind were how attackers took over clusters for"
            + " crypto-mining.",
    severity = Severity.HIGH,
    category = Category.EXPOSURE,
    kinds = {CheckInfo.WORKLOADS},
    scope = Scope.INVENTORY,
    reads = {"ClusterRoleBinding"},
    remediation =
        "Remove the insecure flags, serve the Dashboard over HTTPS only, keep its ServiceAccount"
            + " on the minimal kubernetes-dashboard role (users log in with their own tokens), and"
            + " reach it through kubectl port-forward or an authenticating proxy.",
    frameworks = {"NSA:authentication-authorization", "MITRE:T1133"})
public final class DashboardExposed implements Check {
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1");

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Optional<PodSpecRef> pod = Workloads.podSpec(resource);
    List<ContainerRef> dashboards =
        pod.map(PodSpecRef::containers).orElse(List.of()).stream()
            .filter(DashboardExposed::isDashboard)
            .toList();
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : dashboards) {
      for (Flag flag : CommandLine.of(container).flags()) {
        insecurity(flag)
            .ifPresent(
                why ->
                    violations.add(
                        Violation.at(
                            flag.word().pointer(),
                            "%s runs the Dashboard with %s: %s",
                            container.describe(),
                            flag.written(),
                            why)));
      }
    }
    if (!dashboards.isEmpty()) {
      String account = serviceAccount(pod.get());
      String namespace = Namespaces.of(resource);
      for (Resource binding :
          ClusterRoleBindings.grantingToServiceAccount(
              context.inventory(), ClusterRoleBindings.CLUSTER_ADMIN, namespace, account)) {
        violations.add(
            Violation.at(
                serviceAccountPointer(pod.get()),
                "the Dashboard runs as ServiceAccount %s/%s, which ClusterRoleBinding %s binds to"
                    + " cluster-admin",
                namespace,
                account,
                binding.name()));
      }
    }
    return violations;
  }

  /** The official images: kubernetesui/dashboard(-api|-web|-auth|…) and the old k8s.gcr.io ones. */
  private static boolean isDashboard(ContainerRef container) {
    String repository =
        JsonValues.string(container.node().path("image"))
            .flatMap(ImageReference::parse)
            .map(ImageReference::repository)
            .orElse("");
    String last = repository.substring(repository.lastIndexOf('/') + 1);
    return last.startsWith("kubernetes-dashboard")
        || ((repository + "/").contains("kubernetesui/") && last.startsWith("dashboard"));
  }

  private static Optional<String> insecurity(Flag flag) {
    String value = flag.value().map(Word::text).orElse("");
    return switch (flag.name()) {
      case "enable-skip-login" ->
          flag.isOn()
              ? Optional.of("anyone can skip the login and act as its ServiceAccount")
              : Optional.empty();
      case "enable-insecure-login" ->
          flag.isOn() ? Optional.of("logins are accepted over plain HTTP") : Optional.empty();
      case "insecure-port" ->
          !value.isEmpty() && !value.equals("0")
              ? Optional.of("it serves plain HTTP on port " + value)
              : Optional.empty();
      case "insecure-bind-address" ->
          !value.isEmpty() && !LOOPBACK.contains(value)
              ? Optional.of("its plain HTTP port listens on " + value)
              : Optional.empty();
      case "disable-settings-authorizer" ->
          flag.isOn() ? Optional.of("any user can change its settings") : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static String serviceAccount(PodSpecRef pod) {
    return JsonValues.string(pod.spec().path("serviceAccountName"))
        .or(() -> JsonValues.string(pod.spec().path("serviceAccount")))
        .filter(s -> !s.isEmpty())
        .orElse("default");
  }

  private static JsonPointer serviceAccountPointer(PodSpecRef pod) {
    for (String field : List.of("serviceAccountName", "serviceAccount")) {
      if (pod.owner().sourceMap().has(pod.field(field))) {
        return pod.field(field);
      }
    }
    return pod.pointer();
  }
}
