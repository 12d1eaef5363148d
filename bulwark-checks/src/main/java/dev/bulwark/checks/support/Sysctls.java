package dev.bulwark.checks.support;

import java.util.Collection;
import java.util.Set;

/** Kernel parameters a pod may set, and how their names are compared. */
public final class Sysctls {
  /**
   * The sysctls Pod Security baseline and the kubelet allow without {@code
   * --allowed-unsafe-sysctls}, as of the newest policy version (Kubernetes 1.37): namespaced, and
   * isolated from other pods on the node.
   */
  public static final Set<String> SAFE =
      Set.of(
          "kernel.shm_rmid_forced",
          "net.ipv4.ip_local_port_range",
          "net.ipv4.tcp_syncookies",
          "net.ipv4.ping_group_range",
          "net.ipv4.ip_unprivileged_port_start",
          "net.ipv4.ip_local_reserved_ports",
          "net.ipv4.tcp_keepalive_time",
          "net.ipv4.tcp_fin_timeout",
          "net.ipv4.tcp_keepalive_intvl",
          "net.ipv4.tcp_keepalive_probes",
          "net.ipv4.tcp_rmem",
          "net.ipv4.tcp_wmem",
          "net.ipv4.tcp_slow_start_after_idle",
          "net.ipv4.tcp_notsent_lowat");

  private Sysctls() {}

  /**
   * The dotted form of a name. Kubernetes also accepts the slash form ({@code
   * net/ipv4/conf/eno2.100/rp_filter}); like the kubelet, a name whose first separator is a slash
   * has its slashes and dots swapped ({@code net.ipv4.conf.eno2/100.rp_filter}).
   */
  public static String canonical(String name) {
    int slash = name.indexOf('/');
    int dot = name.indexOf('.');
    if (slash < 0 || (dot >= 0 && dot < slash)) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      out.append(c == '/' ? '.' : c == '.' ? '/' : c);
    }
    return out.toString();
  }

  /**
   * True when the (canonical) name is safe or matches an allowed pattern: an exact name, or a
   * prefix ending in {@code *} as in the kubelet's {@code --allowed-unsafe-sysctls}.
   */
  public static boolean allowed(String name, Collection<String> extraAllowed) {
    if (SAFE.contains(name)) {
      return true;
    }
    return extraAllowed.stream()
        .map(Sysctls::canonical)
        .anyMatch(
            p ->
                p.endsWith("*") ? name.startsWith(p.substring(0, p.length() - 1)) : name.equals(p));
  }
}
