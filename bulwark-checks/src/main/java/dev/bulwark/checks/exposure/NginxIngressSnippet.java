package dev.bulwark.checks.exposure;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Flags NGINX configuration snippets written by Ingress authors: Ingress annotations such as {@code
 * nginx.ingress.kubernetes.io/configuration-snippet} (and NGINX Inc's {@code
 * nginx.org/*-snippets}), and an ingress-nginx ConfigMap that turns them on ({@code
 * allow-snippet-annotations: "true"}). The message says when a snippet holds Lua code or an {@code
 * alias} directive, the two forms Checkov singles out (CKV_K8S_152, CKV_K8S_154).
 *
 * <p>High: the snippet runs in the shared controller, whose ServiceAccount reads every Secret in
 * the cluster (CVE-2021-25742). ingress-nginx refuses snippets by default since v1.9, so an Ingress
 * with one either does nothing or proves the controller was opened up.
 */
@CheckInfo(
    id = "nginx-ingress-snippet",
    summary = "Ingress injects raw NGINX configuration into the shared controller",
    description =
        "Snippet annotations paste text into the configuration of the NGINX controller that"
            + " serves every Ingress of the cluster. Whoever may create an Ingress can then read"
            + " files and the controller's ServiceAccount token, which can read all Secrets, or"
            + " reroute and log other tenants' traffic (CVE-2021-25742).",
    severity = Severity.HIGH,
    category = Category.EXPOSURE,
    kinds = {"Ingress", "ConfigMap"},
    remediation =
        "Replace the snippet with the dedicated annotations or a ConfigMap setting owned by the"
            + " cluster operator, and keep allow-snippet-annotations false on the controller.",
    frameworks = {"MITRE:T1552.007", "NSA:network-separation"})
public final class NginxIngressSnippet implements Check {
  private static final Pattern SNIPPET_ANNOTATION =
      Pattern.compile("(nginx\\.ingress\\.kubernetes\\.io|nginx\\.org)/[a-z-]+-snippets?");
  private static final Pattern ALIAS_DIRECTIVE = Pattern.compile("(^|[;{\\s])alias\\s");
  private static final String ALLOW = "allow-snippet-annotations";

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (resource.kind().equals("ConfigMap")) {
      String allow = Resource.stringMap(resource.object().path("data")).get(ALLOW);
      return "true".equals(allow)
          ? List.of(
              Violation.at(
                  JsonPointer.of("data", ALLOW),
                  "ConfigMap lets every Ingress author inject NGINX configuration"))
          : List.of();
    }
    List<Violation> violations = new ArrayList<>();
    for (Map.Entry<String, String> a : resource.annotations().entrySet()) {
      if (SNIPPET_ANNOTATION.matcher(a.getKey()).matches()) {
        violations.add(
            Violation.at(
                JsonPointer.of("metadata", "annotations", a.getKey()),
                "annotation %s injects NGINX configuration%s",
                a.getKey(),
                detail(a.getValue())));
      }
    }
    return violations;
  }

  private static String detail(String snippet) {
    if (snippet.contains("_by_lua")) {
      return ", with Lua code that runs inside the controller";
    }
    return ALIAS_DIRECTIVE.matcher(snippet).find()
        ? ", with an alias directive that can serve the controller's files"
        : "";
  }
}
