package dev.bulwark.checks.image;

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
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Flags entries of a Gatekeeper {@code K8sAllowedRepos} constraint that admit more than the
 * registry or organisation they name. The library's policy compares images by plain string prefix,
 * so an entry is safe only when it ends at a boundary: a trailing {@code /}, or a tag or digest
 * naming one image. {@code untrusted-registry} reads its own allow-list at path boundaries and does
 * not share the flaw; this check is for clusters that rely on Gatekeeper to enforce one.
 *
 * <p>High, as Trivy's KSV-0124 rates it, and as {@code untrusted-registry} is: an entry like {@code
 * gcr.io} admits {@code gcr.io.attacker.example/...}, and {@code ghcr.io/acme} admits {@code
 * ghcr.io/acme-evil/...}, both registrable by anyone.
 */
@CheckInfo(
    id = "allowed-repos-open-prefix",
    summary = "Gatekeeper image allow-list entry admits look-alike registries",
    description =
        "Gatekeeper's K8sAllowedRepos policy accepts an image when it starts with one of the"
            + " listed strings. Without a trailing slash an entry also matches every registry host"
            + " or organisation whose name merely begins the same way, so anyone who registers"
            + " such a domain or account can run images that the allow-list was written to keep"
            + " out.",
    severity = Severity.HIGH,
    category = Category.IMAGES,
    kinds = {"K8sAllowedRepos"},
    remediation =
        "End every entry with a slash (gcr.io/my-project/, registry.example.com/), so it matches"
            + " only inside that registry or organisation.",
    frameworks = {"CIS:5.5.1", "MITRE:T1525"})
public final class AllowedReposOpenPrefix implements Check {
  private static final JsonPointer REPOS = JsonPointer.of("spec", "parameters", "repos");

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (!resource.ref().group().equals("constraints.gatekeeper.sh")) {
      return List.of();
    }
    JsonNode repos = resource.at(REPOS);
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; repos.isArray() && i < repos.size(); i++) {
      Optional<String> entry = JsonValues.string(repos.get(i)).filter(e -> !e.isEmpty());
      if (entry.isPresent() && isOpenEnded(entry.get())) {
        violations.add(
            Violation.at(
                REPOS.append(i),
                "entry \"%s\" also admits images from %s",
                entry.get(),
                entry.get().contains("/")
                    ? "\"" + entry.get() + "-evil/...\" and any other name that starts with it"
                    : "\"" + entry.get() + ".attacker.example/...\" and any other host that starts"
                        + " with it"));
      }
    }
    return violations;
  }

  /** True unless the entry ends at a path boundary or names one image by tag or digest. */
  private static boolean isOpenEnded(String entry) {
    String last = entry.substring(entry.lastIndexOf('/') + 1);
    return !entry.endsWith("/") && !last.contains(":") && !last.contains("@");
  }
}
