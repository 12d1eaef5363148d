package dev.bulwark.checks.controlplane.cis;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.checks.controlplane.ComponentSettings;
import dev.bulwark.checks.controlplane.Setting;
import java.util.Optional;

/**
 * Where one CIS test item looks for a setting, in kube-bench's order: the command-line flag first,
 * then the key of the component's configuration file, then its environment variable.
 *
 * @param flag the flag, e.g. {@code --anonymous-auth}, or null
 * @param configPath the key in the configuration file, or null
 * @param env the environment variable, e.g. {@code ETCD_CERT_FILE}, or null
 * @param featureGate when set, {@code flag} is this gate inside {@code --feature-gates}
 */
public record Lookup(String flag, JsonPointer configPath, String env, String featureGate) {

  /** A command-line flag only. */
  public static Lookup flag(String flag) {
    return new Lookup(flag, null, null, null);
  }

  /** A flag, else a key of the configuration file ({@code a.b.c}). */
  public static Lookup flagOrConfig(String flag, String dottedPath) {
    return new Lookup(flag, pointer(dottedPath), null, null);
  }

  /** A flag, else an environment variable (etcd). */
  public static Lookup flagOrEnv(String flag, String env) {
    return new Lookup(flag, null, env, null);
  }

  /**
   * A feature gate: inside {@code --feature-gates}, else under {@code featureGates} in the file.
   */
  public static Lookup featureGate(String gate) {
    return new Lookup("--feature-gates", pointer("featureGates." + gate), null, gate);
  }

  /** The setting this item reads, from the first place that has it. */
  public Optional<Setting> find(ComponentSettings settings) {
    Optional<Setting> fromFlag =
        featureGate == null ? settings.flags().get(flag) : gateFromFlags(settings);
    if (fromFlag.isPresent()) {
      return fromFlag;
    }
    if (configPath != null && settings.config().isPresent()) {
      Optional<Setting> fromConfig = settings.config().get().get(configPath);
      if (fromConfig.isPresent()) {
        return fromConfig;
      }
    }
    return env == null ? Optional.empty() : Optional.ofNullable(settings.environment().get(env));
  }

  /** How reports name what was looked for: {@code --read-only-port / readOnlyPort}. */
  public String describe() {
    String name = featureGate != null ? featureGate : flag;
    if (configPath != null && featureGate == null) {
      name += " / " + String.join(".", configPath.tokens());
    }
    return env != null ? name + " / " + env : name;
  }

  private Optional<Setting> gateFromFlags(ComponentSettings settings) {
    return settings
        .flags()
        .get(flag)
        .flatMap(
            gates -> {
              for (String entry : gates.value().split(",")) {
                int eq = entry.indexOf('=');
                if (eq > 0 && entry.substring(0, eq).trim().equals(featureGate)) {
                  return Optional.of(
                      new Setting(featureGate, entry.substring(eq + 1).trim(), gates.origin()));
                }
              }
              return Optional.empty();
            });
  }

  private static JsonPointer pointer(String dottedPath) {
    return JsonPointer.of(dottedPath.split("\\."));
  }
}
