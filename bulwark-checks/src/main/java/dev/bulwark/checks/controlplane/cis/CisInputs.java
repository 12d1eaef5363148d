package dev.bulwark.checks.controlplane.cis;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.Resource;
import dev.bulwark.checks.controlplane.Component;
import dev.bulwark.checks.controlplane.ComponentSettings;
import dev.bulwark.checks.controlplane.Setting;
import java.util.Optional;

/** Everything a CIS assessment can see: component settings, the node's files, the objects. */
public interface CisInputs {

  /** How the component is configured, if it is present among the inputs. */
  Optional<ComponentSettings> component(Component component);

  /** The node's files, when a node root was given. */
  Optional<NodeFacts> node();

  /** Every object loaded from the inputs (section 5 looks at RBAC objects and pods). */
  Inventory objects();

  /**
   * The object in a file a flag names, such as the {@code EncryptionConfiguration} of {@code
   * --encryption-provider-config}, if it can be found.
   */
  Optional<Resource> referencedFile(Setting path, String kind);
}
