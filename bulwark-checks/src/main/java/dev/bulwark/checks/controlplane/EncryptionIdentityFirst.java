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
import java.util.Set;

/**
 * Flags encryption entries for Secrets, ConfigMaps or every resource ({@code *.}, {@code *.*})
 * whose first provider is {@code identity}: they write plain text.
 */
@CheckInfo(
    id = "encryption-identity-first",
    summary = "Encryption configuration stores resources unencrypted (identity first)",
    description =
        "The first provider of an EncryptionConfiguration entry encrypts everything written; the"
            + " others only decrypt. With identity first, the resources of that entry go to etcd in"
            + " plain text, even though the file suggests encryption. identity belongs last, to"
            + " read data written before encryption was turned on.",
    severity = Severity.HIGH,
    category = Category.CONTROL_PLANE,
    kinds = {"EncryptionConfiguration"},
    remediation =
        "Put an encrypting provider (kms v2, aesgcm, secretbox) first and identity last, then"
            + " rewrite the existing objects (kubectl get secrets -A -o json | kubectl replace -f"
            + " -).",
    frameworks = {"CIS:1.2.28", "NSA:encryption"})
public final class EncryptionIdentityFirst implements Check {
  /** Resources (and wildcards) whose plain storage is a finding. */
  private static final Set<String> SENSITIVE = Set.of("secrets", "configmaps", "*.", "*.*");

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (!EncryptionConfiguration.isEncryptionConfiguration(resource)) {
      return List.of();
    }
    List<Violation> violations = new ArrayList<>();
    for (EncryptionConfiguration.Entry entry : EncryptionConfiguration.of(resource).entries()) {
      if (!entry.resources().stream().anyMatch(SENSITIVE::contains)) {
        continue; // identity for a list such as [events] is a deliberate exception, as in the docs
      }
      entry
          .writer()
          .filter(p -> p.type().equals("identity"))
          .ifPresent(
              identity ->
                  violations.add(
                      Violation.at(
                          identity.pointer(),
                          "%s are written unencrypted: identity is the first provider",
                          String.join(", ", entry.resources()))));
    }
    return violations;
  }
}
