package dev.bulwark.analysis.rbac;

import java.util.List;

/**
 * One answer of who-can: a subject and every binding that lets it make the request.
 *
 * @param subject the subject, a ServiceAccount's namespace filled in from its binding
 * @param privileged true for {@code system:masters}, allowed outside RBAC
 * @param via one grant per binding, in binding order
 */
public record SubjectAccess(Subject subject, boolean privileged, List<Grant> via) {
  public SubjectAccess {
    via = List.copyOf(via);
  }
}
