package dev.bulwark.cis;

import dev.bulwark.checks.controlplane.cis.FileFacts;
import dev.bulwark.checks.controlplane.cis.NodeFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A node's filesystem mounted at a folder ({@code /host} in the DaemonSet, {@code /} on the node
 * itself). Node paths are resolved below the root and never leave it; symbolic links are not
 * followed, as {@code stat} without {@code -L} does not follow them.
 */
public final class NodeRoot implements NodeFacts {
  private final Path root;
  private final AccountNames names;

  private NodeRoot(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.names = AccountNames.of(this.root);
  }

  /** The node mounted at {@code root}, which must be a directory. */
  public static NodeRoot at(Path root) {
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("node root " + root + " is not a directory");
    }
    return new NodeRoot(root);
  }

  /** The local path of a node path, or empty when it would leave the root. */
  public Optional<Path> local(String nodePath) {
    Path resolved = root.resolve(nodePath.replaceFirst("^/+", "")).normalize();
    return resolved.startsWith(root) ? Optional.of(resolved) : Optional.empty();
  }

  @Override
  public Optional<FileFacts> stat(String nodePath) {
    return local(nodePath).flatMap(path -> facts(nodePath, path));
  }

  @Override
  public List<FileFacts> tree(String directory) {
    Optional<Path> start = local(directory);
    if (start.isEmpty() || !Files.isDirectory(start.get(), LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    List<FileFacts> found = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(start.get())) {
      for (Path path : walk.sorted().toList()) {
        facts(nodePath(path), path).ifPresent(found::add);
      }
    } catch (IOException | UncheckedIOException e) {
      return found; // a directory that vanishes or cannot be read gives what was seen
    }
    return found;
  }

  @Override
  public String description() {
    return root.toString();
  }

  /** The root folder itself. */
  public Path path() {
    return root;
  }

  private String nodePath(Path local) {
    return "/" + root.relativize(local).toString().replace('\\', '/');
  }

  private Optional<FileFacts> facts(String nodePath, Path path) {
    try {
      Map<String, Object> attributes =
          Files.readAttributes(path, "unix:mode,uid,gid,isDirectory", LinkOption.NOFOLLOW_LINKS);
      int mode = (Integer) attributes.get("mode") & 07777;
      return Optional.of(
          new FileFacts(
              nodePath,
              mode,
              names.user((Integer) attributes.get("uid")),
              names.group((Integer) attributes.get("gid")),
              (Boolean) attributes.get("isDirectory")));
    } catch (IOException | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }
}
