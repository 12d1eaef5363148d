package dev.bulwark.api;

import java.util.List;

/**
 * A source of checks found with {@link java.util.ServiceLoader}; each checks module registers one
 * in {@code META-INF/services/dev.bulwark.api.CheckProvider}.
 */
public interface CheckProvider {

  /** The checks this module contributes. */
  List<Check> checks();
}
