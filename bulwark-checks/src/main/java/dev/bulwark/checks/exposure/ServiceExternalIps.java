package dev.bulwark.checks.exposure;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/**
 * Flags Services that set {@code spec.externalIPs}. High, as Trivy's KSV-0108 rates it: the field
 * is the vector of CVE-2020-8554, which Kubernetes never fixed in code; the upstream mitigation is
 * to forbid the field (the DenyServiceExternalIPs admission plugin, CIS 1.2.x).
 */
@CheckInfo(
    id = "service-external-ips",
    summary = "Service sets externalIPs",
    description =
        "kube-proxy routes traffic for every address in spec.externalIPs to the Service, on every"
            + " node, without checking that the address belongs to the cluster. Whoever can"
            + " create or edit a Service can thus claim any IP, an external API or another"
            + " tenant's address included, and intercept traffic that pods and nodes send to it"
            + " (CVE-2020-8554).",
    severity = Severity.HIGH,
    category = Category.EXPOSURE,
    kinds = {"Service"},
    remediation =
        "Remove spec.externalIPs and use a LoadBalancer or an Ingress/Gateway; enable the"
            + " DenyServiceExternalIPs admission plugin so the field cannot come back.",
    frameworks = {"NSA:network-separation", "MITRE:T1557"})
public final class ServiceExternalIps implements Check {
  private static final JsonPointer EXTERNAL_IPS = JsonPointer.of("spec", "externalIPs");

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    int count = resource.at(EXTERNAL_IPS).isArray() ? resource.at(EXTERNAL_IPS).size() : 0;
    if (count == 0) {
      return List.of();
    }
    return List.of(
        Violation.at(
            EXTERNAL_IPS,
            "Service claims %d external IP address%s, which kube-proxy routes to it on every node",
            count,
            count == 1 ? "" : "es"));
  }
}
