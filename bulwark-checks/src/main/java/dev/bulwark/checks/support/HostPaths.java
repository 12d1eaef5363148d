package dev.bulwark.checks.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which node paths a {@code hostPath} volume must not expose, and path normalisation to compare
 * them.
 *
 * <p>A mount is sensitive when it is, lies inside, or contains a sensitive path: mounting {@code
 * /var/run} hands over {@code /var/run/docker.sock} just as mounting the socket does. Two kinds of
 * entry differ in what they protect:
 *
 * <ul>
 *   <li>Read access is enough to take the node or the cluster: container runtime and D-Bus sockets
 *       (a read-only mount does not stop {@code connect()}), kubelet, etcd and runtime state,
 *       Kubernetes credentials, SSH keys, home directories, and {@code /} itself.
 *   <li>Write access is needed: host programs, libraries, CNI plugins and boot files (the node runs
 *       them as root), {@code /etc} below its credential files (cron, systemd, CNI config), {@code
 *       /proc} and {@code /sys} ({@code core_pattern}, {@code uevent_helper}, sysrq), host devices,
 *       and {@code /var/log}, where a pod can plant symlinks that the kubelet follows as root when
 *       it serves logs. Read-only mounts of these ({@code /etc/ssl/certs}, {@code /lib/modules},
 *       node-exporter's {@code /proc}) are common and are not flagged here.
 * </ul>
 *
 * <p>Paths are compared after {@link #normalize}. Windows paths ({@code C:\var\lib\kubelet}) are
 * compared case-insensitively with the drive letter dropped, and the Docker and containerd named
 * pipes count as sockets.
 */
public final class HostPaths {
  private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");
  private static final String PIPE_PREFIX = "\\\\.\\pipe\\";

  private static final List<Rule> RULES =
      List.of(
          anyAccess("/", "the node's whole filesystem"),
          anyAccess("/var/run/docker.sock", "the Docker socket, which controls every container"),
          anyAccess("/run/docker.sock", "the Docker socket, which controls every container"),
          anyAccess("/var/run/docker", "Docker's runtime directory and its containerd socket"),
          anyAccess("/run/docker", "Docker's runtime directory and its containerd socket"),
          anyAccess("/var/run/containerd", "the containerd socket, which controls every container"),
          anyAccess("/run/containerd", "the containerd socket, which controls every container"),
          anyAccess("/var/run/crio", "the CRI-O socket, which controls every container"),
          anyAccess("/run/crio", "the CRI-O socket, which controls every container"),
          anyAccess("/var/run/cri-dockerd.sock", "the cri-dockerd socket"),
          anyAccess("/run/cri-dockerd.sock", "the cri-dockerd socket"),
          anyAccess("/var/run/dockershim.sock", "the dockershim socket"),
          anyAccess("/run/dockershim.sock", "the dockershim socket"),
          anyAccess("/var/run/podman", "the Podman socket"),
          anyAccess("/run/podman", "the Podman socket"),
          anyAccess("/run/k3s", "k3s' containerd socket"),
          anyAccess("/var/run/dbus", "the D-Bus system bus, through which root controls systemd"),
          anyAccess("/run/dbus", "the D-Bus system bus, through which root controls systemd"),
          anyAccess(PIPE_PREFIX + "docker_engine", "the Docker named pipe"),
          anyAccess(PIPE_PREFIX + "containerd-containerd", "the containerd named pipe"),
          anyAccess(
              "/var/lib/kubelet", "the kubelet's state: every pod's Secrets, its credentials"),
          anyAccess("/etc/kubernetes", "Kubernetes kubeconfigs and PKI"),
          anyAccess("/var/lib/etcd", "etcd's data: every Secret of the cluster"),
          anyAccess("/var/lib/rancher", "k3s and RKE2 state, tokens and certificates"),
          anyAccess("/var/lib/docker", "Docker's storage: every container's files and settings"),
          anyAccess("/var/lib/containerd", "containerd's storage: every container's files"),
          anyAccess("/var/lib/containers", "CRI-O's storage: every container's files"),
          anyAccess("/etc/shadow", "the node's password hashes"),
          anyAccess("/etc/ssh", "the node's SSH host keys and configuration"),
          anyAccess("/root", "root's home: SSH keys, kubeconfigs"),
          anyAccess("/home", "users' homes: SSH keys, kubeconfigs"),
          writable("/etc", "host configuration (cron, systemd, CNI, sudoers)"),
          writable("/proc", "the host's /proc (core_pattern, sysrq)"),
          writable("/sys", "the host's /sys (uevent_helper, cgroups, BPF)"),
          writable("/dev", "host devices"),
          writable("/boot", "the kernel and boot loader"),
          writable("/usr", "host programs that root runs"),
          writable("/bin", "host programs that root runs"),
          writable("/sbin", "host programs that root runs"),
          writable("/lib", "host libraries and kernel modules"),
          writable("/lib64", "host libraries"),
          writable("/opt/cni/bin", "CNI plugins, which the runtime runs as root"),
          writable("/var/log", "node logs: planted symlinks make the kubelet read any file"));

  private HostPaths() {}

  /**
   * What a mount exposes.
   *
   * @param sensitivePath the sensitive path the mount is, lies in, or contains
   * @param what what is there, for messages
   * @param needsWrite true when it is sensitive only because the mount is writable
   */
  public record Exposure(String sensitivePath, String what, boolean needsWrite) {}

  private record Rule(String path, String what, boolean needsWrite) {}

  private static Rule anyAccess(String path, String what) {
    return new Rule(path, what, false);
  }

  private static Rule writable(String path, String what) {
    return new Rule(path, what, true);
  }

  /**
   * The path in a canonical form: {@code .} and empty segments dropped, {@code ..} applied, no
   * trailing slash. Windows drive paths lose the drive and are lower-cased, named pipes are only
   * lower-cased. Empty for relative or empty paths, which name no fixed host location.
   */
  public static Optional<String> normalize(String path) {
    if (path.regionMatches(true, 0, PIPE_PREFIX, 0, PIPE_PREFIX.length())) {
      return Optional.of(path.toLowerCase(Locale.ROOT));
    }
    String posix = path;
    if (WINDOWS_DRIVE.matcher(path).matches()) {
      posix = path.substring(2).replace('\\', '/').toLowerCase(Locale.ROOT);
    }
    if (!posix.startsWith("/")) {
      return Optional.empty();
    }
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : posix.split("/")) {
      if (segment.equals("..")) {
        segments.pollLast();
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        segments.addLast(segment);
      }
    }
    return Optional.of("/" + String.join("/", segments));
  }

  /**
   * What a normalized path exposes when mounted, empty when nothing sensitive: the first entry (in
   * the order of the class comment) that the path is, lies inside, or contains.
   */
  public static Optional<Exposure> exposure(String normalized, boolean writable) {
    return RULES.stream()
        .filter(rule -> writable || !rule.needsWrite())
        .filter(rule -> overlaps(normalized, rule.path()))
        .findFirst()
        .map(rule -> new Exposure(rule.path(), rule.what(), rule.needsWrite()));
  }

  private static boolean overlaps(String mounted, String sensitive) {
    if (sensitive.equals("/")) {
      return mounted.equals("/");
    }
    return mounted.equals(sensitive)
        || mounted.equals("/")
        || mounted.startsWith(sensitive + "/")
        || sensitive.startsWith(mounted + "/");
  }
}
