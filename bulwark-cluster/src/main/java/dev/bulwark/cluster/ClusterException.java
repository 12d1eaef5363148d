package dev.bulwark.cluster;

/**
 * The cluster could not be read at all: no configuration, unreachable server, rejected
 * credentials. Its message is meant for the user as it is; per-kind problems are diagnostics
 * instead.
 */
public final class ClusterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ClusterException(String message, Throwable cause) {
    super(message, cause);
  }

  public ClusterException(String message) {
    super(message);
  }
}
