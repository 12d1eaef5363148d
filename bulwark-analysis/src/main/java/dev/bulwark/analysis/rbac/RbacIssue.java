package dev.bulwark.analysis.rbac;

/**
 * Something in the RBAC objects that grants nothing or cannot be evaluated, reported alongside
 * query answers.
 *
 * @param kind what is wrong
 * @param object the binding or role concerned
 * @param message one sentence
 */
public record RbacIssue(Kind kind, RbacRef object, String message)
    implements Comparable<RbacIssue> {

  /** The kinds of problem. */
  public enum Kind {
    /** roleRef names a role that does not exist: it grants nothing until someone creates it. */
    DANGLING_ROLE_REF,
    /** roleRef.kind is not one the authorizer resolves. */
    UNSUPPORTED_ROLE_REF,
    /** A subject that can never match (unknown kind, ServiceAccount without namespace). */
    UNMATCHABLE_SUBJECT,
    /** The same object twice; the first one counts. */
    DUPLICATE
  }

  @Override
  public int compareTo(RbacIssue o) {
    int c = object.compareTo(o.object);
    return c != 0 ? c : message.compareTo(o.message);
  }

  @Override
  public String toString() {
    return message;
  }
}
