package dev.bulwark.checks.controlplane.cis;

import java.util.List;
import java.util.Optional;

/**
 * The files of the node being assessed, by their path on the node. Implementations read a mounted
 * node root; the CIS tests only ask.
 */
public interface NodeFacts {

  /** The file or directory at a node path, if it exists. */
  Optional<FileFacts> stat(String path);

  /**
   * A directory and everything below it, sorted by path, like {@code find DIR}; empty if absent.
   */
  List<FileFacts> tree(String directory);

  /** How reports name the node root, e.g. {@code /host}. */
  String description();
}
