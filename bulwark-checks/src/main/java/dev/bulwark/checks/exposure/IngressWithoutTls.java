package dev.bulwark.checks.exposure;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.checks.support.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Flags Ingresses without {@code spec.tls}, and hosts of an Ingress with TLS that no {@code tls}
 * entry covers (a wildcard {@code *.example.com} covers exactly one more label). A rule without a
 * host is covered by any {@code tls} entry, since controllers serve such rules with their default
 * certificate, and a {@code tls} entry without {@code hosts} covers every host: the API defaults it
 * to the controller's wildcard host ({@code tls: [{}]} with GCE's {@code allow-http: "false"} is
 * how HTTPS-only Ingresses are written there).
 *
 * <p>Medium: Polaris ({@code tlsSettingsMissing}) warns, kubescape's C-0263 says high. A controller
 * may still redirect to HTTPS using a default certificate, which the manifest cannot show.
 */
@CheckInfo(
    id = "ingress-without-tls",
    summary = "Ingress serves a host without TLS",
    description =
        "Without a TLS entry the controller serves the host over plain HTTP: credentials, session"
            + " cookies and personal data cross the network readable and modifiable by anyone on"
            + " the path, and browsers mark the site insecure.",
    severity = Severity.MEDIUM,
    category = Category.EXPOSURE,
    kinds = {"Ingress"},
    remediation =
        "Add spec.tls entries whose hosts cover every rule host, with a certificate Secret (for"
            + " example issued by cert-manager), and redirect HTTP to HTTPS.",
    frameworks = {"NSA:network-separation", "MITRE:T1040"})
public final class IngressWithoutTls implements Check {
  private static final JsonPointer SPEC = JsonPointer.of("spec");

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    JsonNode tls = resource.at(SPEC.append("tls"));
    if (!tls.isArray() || tls.isEmpty()) {
      return List.of(
          Violation.at(
              resource.sourceMap().has(SPEC.append("tls")) ? SPEC.append("tls") : SPEC,
              "Ingress has no TLS configuration, so it serves plain HTTP"));
    }
    List<String> covered = new ArrayList<>();
    for (JsonNode entry : tls.values()) {
      if (entry.path("hosts").isEmpty()) {
        // The API documents an entry without hosts as the controller's wildcard host: all hosts.
        return List.of();
      }
      entry.path("hosts").values().forEach(h -> JsonValues.string(h).ifPresent(covered::add));
    }
    List<Violation> violations = new ArrayList<>();
    JsonNode rules = resource.at(SPEC.append("rules"));
    for (int i = 0; i < rules.size() && rules.isArray(); i++) {
      JsonPointer hostField = SPEC.append("rules", Integer.toString(i), "host");
      Optional<String> host = JsonValues.string(resource.at(hostField)).filter(h -> !h.isEmpty());
      if (host.isPresent() && covered.stream().noneMatch(c -> covers(c, host.get()))) {
        violations.add(
            Violation.at(
                hostField,
                "host \"%s\" is not listed in any TLS entry, so it serves plain HTTP",
                host.get()));
      }
    }
    return violations;
  }

  private static boolean covers(String tlsHost, String host) {
    String pattern = tlsHost.toLowerCase(Locale.ROOT);
    String name = host.toLowerCase(Locale.ROOT);
    if (pattern.startsWith("*.")) {
      int dot = name.indexOf('.');
      return dot > 0 && name.substring(dot).equals(pattern.substring(1));
    }
    return pattern.equals(name);
  }
}
