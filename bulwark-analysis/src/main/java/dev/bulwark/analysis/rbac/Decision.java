package dev.bulwark.analysis.rbac;

import java.util.List;

/**
 * The answer to "can this identity make this request?".
 *
 * @param allowed the authorizer's verdict (RBAC plus the system:masters short cut)
 * @param privileged true when the identity is in {@code system:masters}
 * @param grants every binding whose role allows the request, with the first rule that does
 */
public record Decision(boolean allowed, boolean privileged, List<Grant> grants) {
  public Decision {
    grants = List.copyOf(grants);
  }
}
