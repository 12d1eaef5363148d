package dev.bulwark.checks.workload;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Flags {@code hostAliases} entries, which the kubelet writes into the pod's {@code /etc/hosts}.
 * One finding per entry, naming the address and the host names it pins.
 *
 * <p>Low, as Trivy's KSV-0007 (an optional check there) rates it; kubesec takes 3 points off. The
 * field is legitimate for lab setups and for names DNS cannot serve, so the finding asks for a
 * second look rather than a change.
 */
@CheckInfo(
    id = "host-aliases",
    summary = "Pod pins host names to addresses in /etc/hosts",
    description =
        "hostAliases entries are resolved before DNS, so they quietly redirect names such as a"
            + " registry, an identity provider or an internal API to whatever address the manifest"
            + " says. The redirection is invisible to DNS-based monitoring and policies, survives"
            + " address changes of the real service, and is easy to miss in review.",
    severity = Severity.LOW,
    category = Category.HYGIENE,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Remove hostAliases and publish the names in DNS (a Service, an ExternalName Service or"
            + " the cluster's DNS configuration).",
    frameworks = {"MITRE:T1557"})
public final class HostAliases implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    Optional<PodSpecRef> pod = Workloads.podSpec(resource);
    if (pod.isEmpty()) {
      return List.of();
    }
    JsonPointer list = pod.get().field("hostAliases");
    JsonNode aliases = resource.at(list);
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; aliases.isArray() && i < aliases.size(); i++) {
      List<String> names = new ArrayList<>();
      aliases
          .get(i)
          .path("hostnames")
          .values()
          .forEach(h -> JsonValues.string(h).ifPresent(names::add));
      violations.add(
          Violation.at(
              list.append(i),
              "pod resolves %s to %s through /etc/hosts, not DNS",
              names.isEmpty() ? "no host name" : String.join(", ", names),
              JsonValues.string(aliases.get(i).path("ip")).orElse("an unset address")));
    }
    return violations;
  }
}
