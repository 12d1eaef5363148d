package dev.bulwark.checks.support;

import dev.bulwark.api.Resource;
import java.util.Set;

/** Tells Kubernetes' own API groups from those of custom resources. */
public final class ApiGroups {
  private static final Set<String> LEGACY =
      Set.of("", "apps", "batch", "autoscaling", "policy", "extensions");

  private ApiGroups() {}

  /** True for the core group, the unqualified groups and the {@code *.k8s.io} ones. */
  public static boolean isBuiltIn(String group) {
    return LEGACY.contains(group) || group.endsWith(".k8s.io");
  }

  /** True when the object is a custom resource (its group is not one of Kubernetes' own). */
  public static boolean isCustomResource(Resource resource) {
    return !isBuiltIn(resource.ref().group());
  }
}
