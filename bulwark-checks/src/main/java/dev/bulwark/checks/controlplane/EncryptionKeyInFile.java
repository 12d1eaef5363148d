package dev.bulwark.checks.controlplane;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Flags encryption keys written into an EncryptionConfiguration kept with other configuration. A
 * value counts as a key when it decodes as base64 to a key length the provider accepts; templates
 * and placeholders ({@code ${ENCRYPTION_KEY}}) do not. Messages name the key, never its value.
 */
@CheckInfo(
    id = "encryption-key-in-file",
    summary = "Encryption key is written in the configuration file",
    description =
        "aescbc, aesgcm and secretbox keys are the only thing between etcd's data and a reader. A"
            + " key committed to a repository is readable by everyone who can read the repository,"
            + " its clones and its history, which defeats encryption at rest.",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    kinds = {"EncryptionConfiguration"},
    remediation =
        "Keep the file out of the repository (render it on the control plane from a secret store)"
            + " or use the kms provider; rotate the exposed key.",
    frameworks = {"CIS:1.2.28", "NSA:encryption"})
public final class EncryptionKeyInFile implements Check {
  private static final Set<String> KEYED = Set.of("aescbc", "aesgcm", "secretbox");
  private static final Set<Integer> KEY_LENGTHS = Set.of(16, 24, 32);

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    if (!EncryptionConfiguration.isEncryptionConfiguration(resource)) {
      return List.of();
    }
    List<Violation> violations = new ArrayList<>();
    for (EncryptionConfiguration.Entry entry : EncryptionConfiguration.of(resource).entries()) {
      for (EncryptionConfiguration.Provider provider : entry.providers()) {
        if (!KEYED.contains(provider.type())) {
          continue;
        }
        JsonNode keys = provider.config().path("keys");
        for (int i = 0; i < keys.size(); i++) {
          JsonNode secret = keys.get(i).path("secret");
          if (secret.isString() && looksLikeKey(secret.asString())) {
            JsonPointer pointer = provider.pointer().append("keys", Integer.toString(i), "secret");
            violations.add(
                Violation.at(
                    pointer,
                    "%s key \"%s\" is written in the file",
                    provider.type(),
                    keys.get(i).path("name").asString("?")));
          }
        }
      }
    }
    return violations;
  }

  private static boolean looksLikeKey(String value) {
    try {
      return KEY_LENGTHS.contains(Base64.getDecoder().decode(value.trim()).length);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
  }
}
