package dev.bulwark.checks.hygiene;

import dev.bulwark.api.CheckContext;
import dev.bulwark.api.NotEvaluatedException;
import dev.bulwark.checks.support.LabelSelector;
import dev.bulwark.checks.support.PodTemplates;

/** What the selects-nothing checks share: matching pods, and when not to judge. */
final class SelectionCheck {
  private SelectionCheck() {}

  /**
   * True when no pod template in the namespace matches; throws {@link NotEvaluatedException} when
   * the scan is partial and holds no pod template in that namespace at all.
   */
  static boolean selectsNothing(CheckContext context, String namespace, LabelSelector selector) {
    if (PodTemplates.inNamespace(context.inventory(), namespace).isEmpty()
        && !context.inventoryComplete()) {
      throw new NotEvaluatedException(
          "no workload in namespace "
              + namespace
              + " was scanned, so the selected pods may exist"
              + " elsewhere");
    }
    return PodTemplates.selectedBy(selector, context.inventory(), namespace).isEmpty();
  }
}
