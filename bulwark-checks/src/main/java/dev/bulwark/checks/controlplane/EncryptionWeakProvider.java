package dev.bulwark.checks.controlplane;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.ArrayList;
import java.util.List;

/** Flags entries that encrypt with {@code aescbc} or with the deprecated KMS v1. */
@CheckInfo(
    id = "encryption-weak-provider",
    summary = "Encryption configuration encrypts with aescbc or KMS v1",
    description =
        "aescbc is open to padding-oracle attacks and the Kubernetes documentation no longer"
            + " recommends it; its key sits next to the data it protects. KMS v1 is deprecated and"
            + " off by default since Kubernetes 1.29. KMS v2 keeps the key in an external key"
            + " manager; aesgcm (with regular key rotation) and secretbox are the local choices.",
    severity = Severity.MEDIUM,
    category = Category.CONTROL_PLANE,
    kinds = {"EncryptionConfiguration"},
    remediation =
        "Encrypt with kms (apiVersion: v2); failing that, aesgcm with key rotation or secretbox."
            + " Keep the old provider second until the objects are rewritten.",
    frameworks = {"CIS:1.2.28", "NSA:encryption"})
public final class EncryptionWeakProvider implements Check {

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (!EncryptionConfiguration.isEncryptionConfiguration(resource)) {
      return List.of();
    }
    List<Violation> violations = new ArrayList<>();
    for (EncryptionConfiguration.Entry entry : EncryptionConfiguration.of(resource).entries()) {
      entry
          .writer()
          .ifPresent(
              writer -> {
                String resources = String.join(", ", entry.resources());
                if (writer.type().equals("aescbc")) {
                  violations.add(
                      Violation.at(
                          writer.pointer(),
                          "%s are encrypted with aescbc, which is open to padding-oracle attacks",
                          resources));
                } else if (writer.type().equals("kms") && writer.kmsApiVersion().equals("v1")) {
                  violations.add(
                      Violation.at(
                          writer.pointer(),
                          "%s are encrypted with KMS v1, deprecated and off by default since 1.29",
                          resources));
                }
              });
    }
    return violations;
  }
}
