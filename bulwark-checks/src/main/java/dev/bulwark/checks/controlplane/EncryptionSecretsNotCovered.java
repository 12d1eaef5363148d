package dev.bulwark.checks.controlplane;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.List;

/** Flags an encryption configuration with no entry for Secrets. */
@CheckInfo(
    id = "encryption-secrets-not-covered",
    summary = "Encryption configuration does not cover Secrets",
    description =
        "Only the resources an EncryptionConfiguration names are encrypted. A file that lists"
            + " configmaps or custom resources but neither secrets nor a wildcard (*. or *.*)"
            + " leaves every Secret in plain text in etcd.",
    severity = Severity.HIGH,
    category = Category.CONTROL_PLANE,
    kinds = {"EncryptionConfiguration"},
    remediation = "Add secrets to the resources of an entry with an encrypting first provider.",
    frameworks = {"CIS:1.2.28", "NSA:encryption"})
public final class EncryptionSecretsNotCovered implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (!EncryptionConfiguration.isEncryptionConfiguration(resource)
        || EncryptionConfiguration.of(resource).entryFor("secrets", "").isPresent()) {
      return List.of();
    }
    JsonPointer resources = JsonPointer.of("resources");
    return List.of(
        Violation.at(
            resource.sourceMap().has(resources) ? resources : JsonPointer.ROOT,
            "no entry names secrets (or *. or *.*), so Secrets are stored unencrypted"));
  }
}
