package dev.bulwark.checks;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckProvider;
import dev.bulwark.checks.image.ImageNotPinned;
import dev.bulwark.checks.image.ImagePullPolicyNotAlways;
import dev.bulwark.checks.image.UntrustedRegistry;
import java.util.List;

/**
 * Checks about images, credentials, exposure and manifest hygiene, found by the engine via
 * ServiceLoader next to {@link BuiltinChecks}.
 */
public final class ExposureChecks implements CheckProvider {

  @Override
  public List<Check> checks() {
    return List.of(new ImageNotPinned(), new UntrustedRegistry(), new ImagePullPolicyNotAlways());
  }
}
