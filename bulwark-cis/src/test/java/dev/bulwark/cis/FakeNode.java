package dev.bulwark.cis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Builds a node's filesystem in a temporary folder: files with chosen modes, a {@code /proc} with
 * command lines, and the node's own {@code /etc/passwd} and {@code /etc/group}.
 *
 * <p>Owners: every file belongs to whoever runs the test, root or not; what differs is the name the
 * fake node gives that uid and gid in its account files ({@link #accounts}). Bulwark names owners
 * through the node root's account files, exactly as {@code stat -c %U:%G} on the node does, so the
 * test needs no {@code chown} and behaves the same as root and as an ordinary user.
 */
final class FakeNode {
  final Path root;

  FakeNode(Path root) {
    this.root = root;
  }

  /** Writes a file with a mode such as {@code 600}. */
  FakeNode file(String nodePath, String mode, String... lines) {
    Path file = local(nodePath);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", lines) + "\n");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(symbolic(mode)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Creates a directory with a mode such as {@code 700}. */
  FakeNode directory(String nodePath, String mode) {
    Path dir = local(nodePath);
    try {
      Files.createDirectories(dir);
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(symbolic(mode)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Changes a file's or directory's mode. */
  FakeNode chmod(String nodePath, String mode) {
    try {
      Files.setPosixFilePermissions(
          local(nodePath), PosixFilePermissions.fromString(symbolic(mode)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Removes a file. */
  FakeNode delete(String nodePath) {
    try {
      Files.delete(local(nodePath));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** A process: {@code /proc/<pid>/cmdline} holds the words NUL-separated. */
  FakeNode process(int pid, String... argv) {
    return procFile(pid, "cmdline", argv);
  }

  /** A process's environment, {@code NAME=value} entries NUL-separated. */
  FakeNode environment(int pid, String... entries) {
    return procFile(pid, "environ", entries);
  }

  /** Names the uid and gid that own the fake node's files: {@code root}, {@code etcd}, … */
  FakeNode accounts(String user, String group) {
    try {
      Path probe = Files.createTempFile(root, "owner", ".probe");
      int uid = (Integer) Files.getAttribute(probe, "unix:uid", LinkOption.NOFOLLOW_LINKS);
      int gid = (Integer) Files.getAttribute(probe, "unix:gid", LinkOption.NOFOLLOW_LINKS);
      Files.delete(probe);
      Files.createDirectories(root.resolve("etc"));
      Files.writeString(
          root.resolve("etc/passwd"), user + ":x:" + uid + ":" + gid + "::/:/bin/sh\n");
      Files.writeString(root.resolve("etc/group"), group + ":x:" + gid + ":\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private FakeNode procFile(int pid, String name, String... words) {
    Path file = root.resolve("proc").resolve(Integer.toString(pid)).resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, (String.join("\0", words) + "\0").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private Path local(String nodePath) {
    return root.resolve(nodePath.substring(1));
  }

  /** {@code 640} → {@code rw-r-----}. */
  private static String symbolic(String octal) {
    StringBuilder out = new StringBuilder();
    for (char digit : octal.toCharArray()) {
      int bits = digit - '0';
      out.append((bits & 4) != 0 ? 'r' : '-')
          .append((bits & 2) != 0 ? 'w' : '-')
          .append((bits & 1) != 0 ? 'x' : '-');
    }
    return out.toString();
  }
}
