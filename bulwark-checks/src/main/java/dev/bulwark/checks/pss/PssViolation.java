package dev.bulwark.checks.pss;

import dev.bulwark.api.JsonPointer;
import java.util.List;

/**
 * One failed upstream check.
 *
 * @param check which check failed
 * @param reason upstream's short reason, e.g. {@code allowPrivilegeEscalation != false}
 * @param detail upstream's detail, e.g. {@code container "app" must set
 *     securityContext.allowPrivilegeEscalation=false}
 * @param pointers the offending fields in the object, or where a missing field belongs
 */
public record PssViolation(
    PssCheckId check, String reason, String detail, List<JsonPointer> pointers) {

  public PssViolation {
    pointers = List.copyOf(pointers);
  }

  /**
   * {@code reason (detail)}, or just the reason when there is no detail, as upstream joins them.
   */
  public String describe() {
    return detail.isEmpty() ? reason : reason + " (" + detail + ")";
  }
}
