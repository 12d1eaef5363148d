package dev.bulwark.checks.controlplane.cis;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.checks.controlplane.Component;
import dev.bulwark.checks.controlplane.ComponentSettings;
import dev.bulwark.checks.controlplane.EncryptionConfiguration;
import dev.bulwark.checks.controlplane.Origin;
import dev.bulwark.checks.controlplane.Setting;
import java.util.List;
import java.util.Optional;

/**
 * CIS 1.2.28: the provider that encrypts Secrets must be {@code aescbc}, {@code kms} or {@code
 * secretbox}. kube-bench reads the first provider under the last {@code providers:} line of the
 * file; Bulwark reads the first provider of the entry that applies to {@code secrets}, which is the
 * one the API server uses.
 */
final class EncryptionProvidersTest implements CisTest {
  private static final Expectation ACCEPTED =
      Expectation.onlyElements("aescbc, kms or secretbox", "aescbc", "kms", "secretbox");

  @Override
  public Outcome evaluate(CisInputs inputs) {
    Optional<ComponentSettings> apiServer = inputs.component(Component.API_SERVER);
    if (apiServer.isEmpty()) {
      return Outcome.notEvaluated("no kube-apiserver among the inputs");
    }
    Optional<Setting> flag = apiServer.get().flags().get("--encryption-provider-config");
    if (flag.isEmpty()) {
      return Outcome.of(
          false,
          "no --encryption-provider-config, so nothing is encrypted",
          List.of(Evidence.missing("--encryption-provider-config", apiServer.get().anchor())));
    }
    Optional<Resource> file = inputs.referencedFile(flag.get(), "EncryptionConfiguration");
    if (file.isEmpty()) {
      String reason = flag.get().value() + " is not among the inputs";
      return inputs.node().isPresent()
          ? Outcome.of(false, reason, List.of(Evidence.of(flag.get())))
          : Outcome.notEvaluated(reason);
    }
    EncryptionConfiguration config = EncryptionConfiguration.of(file.get());
    Optional<EncryptionConfiguration.Provider> writer =
        config.entryFor("secrets", "").flatMap(EncryptionConfiguration.Entry::writer);
    if (writer.isEmpty()) {
      Origin resources = Origin.of(file.get(), JsonPointer.of("resources"));
      return Outcome.of(
          false,
          "no provider applies to secrets",
          List.of(
              Evidence.of(flag.get()),
              Evidence.object(file.get().ref().toString(), "no entry for secrets", resources)));
    }
    EncryptionConfiguration.Provider provider = writer.get();
    return Outcome.of(
        ACCEPTED.test(provider.type()),
        "expected the first provider for secrets to be aescbc, kms or secretbox",
        List.of(
            Evidence.of(flag.get()),
            Evidence.object(
                "first provider for secrets",
                provider.type(),
                Origin.of(file.get(), provider.pointer()))));
  }
}
