package dev.bulwark.api;

import java.util.List;

/**
 * A rule about one object. Implementations are stateless, final, annotated with {@link CheckInfo}
 * and free of I/O; the engine handles kind matching, suppression, ordering and errors.
 */
public interface Check {

  /**
   * Returns the problems this check sees in the resource, in any order; an empty list means it
   * passed. Throw {@link NotEvaluatedException} when an input the check needs is unavailable.
   */
  List<Violation> check(Resource resource, CheckContext context);

  /** The metadata of this check, from its annotation. */
  default CheckMetadata metadata() {
    return CheckMetadata.of(getClass());
  }
}
