package dev.bulwark.checks.exposure;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Scope;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.support.JsonValues;
import dev.bulwark.checks.support.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Flags Istio meshes that accept plain text: a PeerAuthentication whose mTLS mode (or a port-level
 * mode) is PERMISSIVE or DISABLE, or, when Istio objects are scanned but no PeerAuthentication
 * makes mTLS STRICT for the mesh or a namespace, one finding on the first Istio object (Istio's
 * default is PERMISSIVE). CustomResourceDefinitions for Istio types do not count as Istio objects.
 *
 * <p>When PERMISSIVE or DISABLE policies exist they carry the findings, and the missing STRICT
 * policy is not reported again. A partial scan may miss a STRICT policy kept elsewhere; list the
 * check in the config's exemptions for such repositories.
 */
@CheckInfo(
    id = "istio-mtls-not-strict",
    summary = "Istio accepts plain-text traffic between workloads",
    description =
        "In PERMISSIVE mode an Istio sidecar accepts both mutual TLS and plain text, and DISABLE"
            + " turns mTLS off. Any pod, in the mesh or not, can then talk to the workloads in"
            + " clear text without a workload identity, so AuthorizationPolicies based on"
            + " principals do not apply to it and traffic can be read or altered on the wire."
            + " PERMISSIVE is Istio's default and is meant for migrations only.",
    severity = Severity.MEDIUM,
    category = Category.EXPOSURE,
    scope = Scope.INVENTORY,
    reads = {"PeerAuthentication"},
    remediation =
        "Apply a PeerAuthentication with mtls.mode: STRICT in the Istio root namespace (usually"
            + " istio-system) for the whole mesh, or per namespace, and remove PERMISSIVE and"
            + " DISABLE modes once all clients have sidecars.",
    frameworks = {"NSA:network-separation", "MITRE:T1040", "MITRE:T1557"})
public final class IstioMtlsNotStrict implements Check {
  private static final String PEER_AUTHENTICATION = "PeerAuthentication";
  private static final Set<String> WEAK = Set.of("PERMISSIVE", "DISABLE");
  private static final JsonPointer MODE = JsonPointer.of("spec", "mtls", "mode");
  private static final JsonPointer PORT_LEVEL = JsonPointer.of("spec", "portLevelMtls");

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (!isIstio(resource)) {
      return List.of();
    }
    List<Violation> weak = weakModes(resource);
    if (!weak.isEmpty()) {
      return weak;
    }
    List<Resource> policies =
        context.inventory().ofKind(PEER_AUTHENTICATION).stream()
            .filter(IstioMtlsNotStrict::isIstio)
            .toList();
    boolean strict = policies.stream().anyMatch(IstioMtlsNotStrict::isStrictForNamespaceOrMesh);
    boolean weakElsewhere = policies.stream().anyMatch(p -> !weakModes(p).isEmpty());
    Optional<Resource> first =
        context.inventory().all().stream().filter(IstioMtlsNotStrict::isIstio).findFirst();
    if (strict || weakElsewhere || !first.map(resource::equals).orElse(false)) {
      return List.of();
    }
    return List.of(
        Violation.at(
            JsonPointer.of("apiVersion"),
            "Istio objects are present but no PeerAuthentication sets mtls.mode STRICT for the"
                + " mesh or a namespace, so sidecars accept plain text (PERMISSIVE)"));
  }

  private static boolean isIstio(Resource resource) {
    String group = resource.ref().group();
    return group.equals("istio.io") || group.endsWith(".istio.io");
  }

  private static boolean isStrictForNamespaceOrMesh(Resource policy) {
    boolean wholeNamespace =
        LabelSelector.of(policy.at(JsonPointer.of("spec", "selector"))).isEmpty();
    return wholeNamespace
        && JsonValues.string(policy.at(MODE)).filter("STRICT"::equals).isPresent();
  }

  private static List<Violation> weakModes(Resource resource) {
    if (!resource.kind().equals(PEER_AUTHENTICATION)) {
      return List.of();
    }
    List<Violation> violations = new ArrayList<>();
    JsonValues.string(resource.at(MODE))
        .filter(WEAK::contains)
        .ifPresent(
            mode ->
                violations.add(
                    Violation.at(
                        MODE,
                        "PeerAuthentication sets mtls.mode %s, so the workloads it covers accept"
                            + " plain text",
                        mode)));
    for (Map.Entry<String, JsonNode> port : resource.at(PORT_LEVEL).properties()) {
      JsonValues.string(port.getValue().path("mode"))
          .filter(WEAK::contains)
          .ifPresent(
              mode ->
                  violations.add(
                      Violation.at(
                          PORT_LEVEL.append(port.getKey(), "mode"),
                          "PeerAuthentication sets mtls.mode %s for port %s, which accepts plain"
                              + " text",
                          mode,
                          port.getKey())));
    }
    return violations;
  }
}
