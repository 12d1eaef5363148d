package dev.bulwark.analysis.rbac.checks;

import dev.bulwark.analysis.rbac.Binding;
import dev.bulwark.analysis.rbac.RbacAnalysis;
import dev.bulwark.analysis.rbac.RbacObjects;
import dev.bulwark.analysis.rbac.RbacRef;
import dev.bulwark.api.Resource;
import java.util.Optional;

/** The model's binding for a manifest object (not a later duplicate of it). */
final class Bindings {
  private Bindings() {}

  static Optional<Binding> of(Resource resource, RbacAnalysis analysis) {
    if (!RbacObjects.isRbac(resource) || !resource.kind().endsWith("Binding")) {
      return Optional.empty();
    }
    RbacRef ref = RbacObjects.refOf(resource, analysis.model().options().defaultNamespace());
    return analysis.model().binding(ref).filter(b -> b.source() == resource);
  }
}
