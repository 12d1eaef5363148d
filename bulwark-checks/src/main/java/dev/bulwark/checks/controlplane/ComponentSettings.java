package dev.bulwark.checks.controlplane;

import java.util.Map;
import java.util.Optional;

/**
 * How one component is configured, from one source: its flags, the configuration file it reads
 * (kubelet and kube-proxy) and its environment (etcd reads {@code ETCD_*} variables).
 *
 * @param component the component
 * @param source how reports name where the settings came from, e.g. {@code static pod
 *     kube-system/kube-apiserver} or {@code process 812}
 * @param flags its command-line flags
 * @param config its configuration file, if it reads one
 * @param environment its environment variables by name
 * @param anchor where a flag or key that is missing would have to be added
 */
public record ComponentSettings(
    Component component,
    String source,
    Flags flags,
    Optional<ConfigFile> config,
    Map<String, Setting> environment,
    Origin anchor) {

  public ComponentSettings {
    environment = Map.copyOf(environment);
  }

  /** This component with a configuration file found elsewhere (the kubelet's --config file). */
  public ComponentSettings withConfig(ConfigFile file) {
    return new ComponentSettings(
        component,
        source + " with " + file.resource().file(),
        flags,
        Optional.of(file),
        environment,
        anchor);
  }
}
