package dev.bulwark.checks.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
 *       them as root), the parts of {@code /etc} that root acts on (cron, systemd, sudo, PAM, the
 *       loader, CNI and runtime configuration), {@code /proc} and {@code /sys} ({@code
 *       core_pattern}, {@code uevent_helper}, sysrq), host devices, and {@code /var/log/pods},
 *       where a pod can plant symlinks that the kubelet follows as root when it serves logs.
 *       Read-only mounts of these ({@code /etc/ssl/certs}, {@code /lib/modules}, node-exporter's
 *       {@code /proc}) are common and are not flagged here, nor are writable application
 *       directories under {@code /etc} or single log files under {@code /var/log}.
 * </ul>
 *
 * <p>Two exceptions keep CSI and device plugins, which all mount parts of {@code /var/lib/kubelet},
 * from being reported for the kubelet's whole state: a driver's own socket directory under {@code
 * /var/lib/kubelet/plugins/} exposes nothing else, and the plugin registration directories count
 * only when writable, for what a socket there lets a pod pretend to be. A runtime socket at a path
 * no entry lists is still recognised by its file name ({@code containerd.sock}, …).
 *
 * <p>Paths are compared after {@link #normalize}. Windows paths ({@code C:\var\lib\kubelet}) are
 * compared case-insensitively with the drive letter dropped, and the Docker and containerd named
 * pipes count as sockets.
 */
public final class HostPaths {
  private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");
  private static final String PIPE_PREFIX = "\\\\.\\pipe\\";

  private static final List<Rule> RULES =
      Stream.of(
              anyAccess("the node's whole filesystem", "/"),
              anyAccess(
                  "the Docker socket, which controls every container",
                  "/var/run/docker.sock",
                  "/run/docker.sock",
                  PIPE_PREFIX + "docker_engine"),
              anyAccess(
                  "Docker's runtime directory and its containerd socket",
                  "/var/run/docker",
                  "/run/docker"),
              anyAccess(
                  "the containerd socket, which controls every container",
                  "/var/run/containerd",
                  "/run/containerd",
                  "/run/k3s/containerd",
                  PIPE_PREFIX + "containerd-containerd"),
              anyAccess(
                  "the CRI-O socket, which controls every container", "/var/run/crio", "/run/crio"),
              anyAccess(
                  "a container runtime socket",
                  "/var/run/cri-dockerd.sock",
                  "/run/cri-dockerd.sock",
                  "/var/run/dockershim.sock",
                  "/run/dockershim.sock",
                  "/var/run/podman",
                  "/run/podman"),
              anyAccess(
                  "the D-Bus system bus, through which root controls systemd",
                  "/var/run/dbus",
                  "/run/dbus"),
              anyAccess(
                  "the kubelet's state, with every pod's Secrets and its credentials",
                  "/var/lib/kubelet"),
              anyAccess("Kubernetes kubeconfigs and PKI", "/etc/kubernetes"),
              anyAccess("etcd's data, with every Secret of the cluster", "/var/lib/etcd"),
              anyAccess("k3s and RKE2 state, tokens and certificates", "/var/lib/rancher"),
              anyAccess(
                  "container runtime storage, with every container's files and settings",
                  "/var/lib/docker",
                  "/var/lib/containerd",
                  "/var/lib/containers"),
              anyAccess("the node's password hashes and SSH host keys", "/etc/shadow", "/etc/ssh"),
              anyAccess("home directories, with SSH keys and kubeconfigs", "/root", "/home"),
              writable(
                  "host configuration that root on the node acts on",
                  "/etc/cron.d",
                  "/etc/crontab",
                  "/etc/cron.hourly",
                  "/etc/cron.daily",
                  "/etc/systemd",
                  "/etc/init.d",
                  "/etc/rc.local",
                  "/etc/profile.d",
                  "/etc/sudoers",
                  "/etc/sudoers.d",
                  "/etc/passwd",
                  "/etc/group",
                  "/etc/pam.d",
                  "/etc/security",
                  "/etc/ld.so.preload",
                  "/etc/ld.so.conf.d",
                  "/etc/modprobe.d",
                  "/etc/modules-load.d",
                  "/etc/sysctl.d",
                  "/etc/udev",
                  "/etc/cni",
                  "/etc/containerd",
                  "/etc/crio",
                  "/etc/docker"),
              writable("the host's /proc (core_pattern, sysrq)", "/proc"),
              writable("the host's /sys (uevent_helper, cgroups, BPF)", "/sys"),
              writable("host devices", "/dev"),
              writable("the kernel and boot loader", "/boot"),
              writable(
                  "host programs and libraries that root on the node runs",
                  "/usr",
                  "/bin",
                  "/sbin",
                  "/lib",
                  "/lib64",
                  "/opt/cni/bin"),
              writable(
                  "pod logs, where planted symlinks make the kubelet read any host file",
                  "/var/log/pods",
                  "/var/log/containers"))
          .flatMap(List::stream)
          .toList();

  /**
   * Directories inside {@code /var/lib/kubelet} that every CSI node plugin and device plugin mounts,
   * and that expose only what these entries say, not the kubelet's whole state. They need write
   * access: a pod that can only read them cannot put a socket there.
   */
  private static final List<Rule> PLUGIN_DIRECTORIES =
      Stream.of(
              writable(
                  "the kubelet's plugin registration directory, where a socket makes the kubelet"
                      + " take the pod for a CSI or device plugin",
                  "/var/lib/kubelet/plugins_registry"),
              writable(
                  "the kubelet's device plugin directory, where a socket makes the kubelet take"
                      + " the pod for a device plugin",
                  "/var/lib/kubelet/device-plugins"))
          .flatMap(List::stream)
          .toList();

  /** Where CSI drivers keep their own sockets, one directory per driver. */
  private static final String CSI_PLUGINS = "/var/lib/kubelet/plugins/";

  /** The kubelet stages volumes (with other pods' data) here, not a driver's own socket. */
  private static final String STAGED_VOLUMES = CSI_PLUGINS + "kubernetes.io";

  /** Socket names that are a container runtime's wherever a distribution puts them. */
  private static final List<String> RUNTIME_SOCKETS =
      List.of(
          "docker.sock",
          "containerd.sock",
          "crio.sock",
          "cri-dockerd.sock",
          "dockershim.sock",
          "podman.sock");

  private HostPaths() {}

  /**
   * What a mount exposes.
   *
   * @param sensitivePath the sensitive path the mount is, lies in, or contains
   * @param what what is there, for messages
   * @param needsWrite true when it is sensitive only because the mount is writable
   */
  public record Exposure(String sensitivePath, String what, boolean needsWrite) {

    /**
     * How a mounted (normalized) path relates to the sensitive one, for messages: empty when they
     * are the same, else {@code ", inside /etc"} or {@code ", which holds /var/run/docker.sock"}.
     */
    public String relationTo(String mounted) {
      if (mounted.equals(sensitivePath)) {
        return "";
      }
      return mounted.startsWith(sensitivePath + "/") || sensitivePath.equals("/")
          ? ", inside " + sensitivePath
          : ", which holds " + sensitivePath;
    }
  }

  private record Rule(String path, String what, boolean needsWrite) {}

  private static List<Rule> anyAccess(String what, String... paths) {
    return Stream.of(paths).map(path -> new Rule(path, what, false)).toList();
  }

  private static List<Rule> writable(String what, String... paths) {
    return Stream.of(paths).map(path -> new Rule(path, what, true)).toList();
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
    if (isInside(normalized, CSI_PLUGINS) && !isAtOrInside(normalized, STAGED_VOLUMES)) {
      return Optional.empty();
    }
    Optional<Rule> plugins =
        PLUGIN_DIRECTORIES.stream().filter(r -> isAtOrInside(normalized, r.path())).findFirst();
    Stream<Rule> rules =
        plugins.isPresent()
            ? plugins.stream()
            : Stream.concat(RULES.stream(), runtimeSocket(normalized).stream());
    return rules
        .filter(rule -> writable || !rule.needsWrite())
        .filter(rule -> overlaps(normalized, rule.path()))
        .findFirst()
        .map(rule -> new Exposure(rule.path(), rule.what(), rule.needsWrite()));
  }

  /**
   * A runtime socket at a path the rules do not list (Falco's chart probes {@code
   * /run/host-containerd/containerd.sock}, for one), recognised by its file name.
   */
  private static Optional<Rule> runtimeSocket(String normalized) {
    String name = normalized.substring(normalized.lastIndexOf('/') + 1);
    return RUNTIME_SOCKETS.contains(name)
        ? Optional.of(new Rule(normalized, "a container runtime socket", false))
        : Optional.empty();
  }

  private static boolean isInside(String path, String directoryWithSlash) {
    return path.startsWith(directoryWithSlash);
  }

  private static boolean isAtOrInside(String path, String directory) {
    return path.equals(directory) || path.startsWith(directory + "/");
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
