package dev.bulwark.checks.exposure;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.image.ImageReference;
import dev.bulwark.checks.support.CommandLine;
import dev.bulwark.checks.support.CommandLine.Word;
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.PodTemplates;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flags Tiller, the server half of Helm v2: containers whose image repository ends in {@code
 * tiller} (from any registry, so mirrors count), or every container of a pod labelled {@code app:
 * helm, name: tiller} as {@code helm init} labels it.
 *
 * <p>Critical, as Trivy's KSV-0102 rates it. One check covers Checkov's three Tiller items: the
 * Deployment (CKV_K8S_34), its reachability (CKV_K8S_45: the message says whether it listens only
 * on localhost) and its Service (CKV_K8S_44), which goes away with the Deployment it serves.
 */
@CheckInfo(
    id = "tiller-deployed",
    summary = "Helm v2's Tiller server is deployed",
    description =
        "Tiller installs whatever chart it is sent, with its own ServiceAccount's rights, which"
            + " most installations bound to cluster-admin. Its gRPC port 44134 has no"
            + " authentication unless mutual TLS was configured, so any pod that can reach it"
            + " owns the cluster."
            + " Helm v2 reached end of life in November 2020 and gets no security fixes.",
    severity = Severity.CRITICAL,
    category = Category.EXPOSURE,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Migrate the releases to Helm 3 (helm-2to3 plugin), which has no server component, then"
            + " delete the Tiller Deployment, Service and ServiceAccount binding.",
    frameworks = {"NSA:authentication-authorization", "MITRE:T1610"})
public final class TillerDeployed implements Check {
  private static final Map<String, String> HELM_INIT_LABELS =
      Map.of("app", "helm", "name", "tiller");
  private static final List<String> LOOPBACK = List.of("localhost:", "127.0.0.1:", "[::1]:");

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Optional<PodSpecRef> pod = Workloads.podSpec(resource);
    boolean labelled =
        pod.map(PodTemplates::labels)
            .filter(labels -> labels.entrySet().containsAll(HELM_INIT_LABELS.entrySet()))
            .isPresent();
    return pod.map(PodSpecRef::containers).orElse(List.of()).stream()
        .filter(container -> labelled || isTillerImage(container))
        .map(TillerDeployed::violation)
        .toList();
  }

  private static boolean isTillerImage(ContainerRef container) {
    String repository =
        JsonValues.string(container.node().path("image"))
            .flatMap(ImageReference::parse)
            .map(ImageReference::repository)
            .orElse("");
    return repository.equals("tiller") || repository.endsWith("/tiller");
  }

  private static Violation violation(ContainerRef container) {
    boolean loopbackOnly =
        CommandLine.of(container)
            .flag("listen")
            .flatMap(flag -> flag.value().map(Word::text))
            .filter(address -> LOOPBACK.stream().anyMatch(address::startsWith))
            .isPresent();
    return Violation.at(
        container.field("image"),
        loopbackOnly
            ? "%s runs Helm v2's Tiller; it listens on localhost only, but Helm v2 gets no"
                + " security fixes and installs charts with its ServiceAccount's rights"
            : "%s runs Helm v2's Tiller, whose unauthenticated gRPC API on port 44134 installs"
                + " charts with its ServiceAccount's rights for any pod that reaches it",
        container.describe());
  }
}
