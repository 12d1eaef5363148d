package dev.bulwark.checks.support;

import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The Linux capabilities a container's {@code securityContext.capabilities} adds and drops, named
 * the way container runtimes read them.
 *
 * <p>The API server stores the names as written. containerd upper-cases a name and puts {@code
 * CAP_} in front; CRI-O does the same unless the prefix is already there. So {@code sys_admin} and
 * {@code CAP_SYS_ADMIN} grant {@code SYS_ADMIN} on at least one common runtime, and {@link
 * #normalize} folds them all to {@code SYS_ADMIN}. {@code ALL} is different: both runtimes compare
 * it case-insensitively and without a prefix, so {@code all} means every capability and {@code
 * CAP_ALL} means nothing at all (it stays {@code CAP_ALL} here and matches no real capability).
 */
public final class Capabilities {
  /** Every capability at once. */
  public static final String ALL = "ALL";

  private static final String PREFIX = "CAP_";

  /** Why the capabilities that most often turn up in escapes are dangerous, for messages. */
  private static final Map<String, String> RISKS =
      Map.of(
          ALL,
          "every capability: little short of a privileged container",
          "SYS_ADMIN",
          "mounts, namespaces and BPF: close to root on the node",
          "SYS_MODULE",
          "loading kernel modules: root on the node",
          "SYS_PTRACE",
          "tracing and injecting code into other processes",
          "DAC_READ_SEARCH",
          "reading any host file through open_by_handle_at (the Shocker escape)",
          "NET_ADMIN",
          "rewriting the pod's routes, firewall and interfaces",
          "NET_RAW",
          "raw sockets: ARP and DNS spoofing on the pod network",
          "SYS_RAWIO",
          "raw access to devices and I/O ports",
          "BPF",
          "loading BPF programs that read kernel memory");

  private Capabilities() {}

  /**
   * One entry of {@code capabilities.add} or {@code .drop}.
   *
   * @param name the normalized name, e.g. {@code SYS_ADMIN}
   * @param pointer the list entry
   */
  public record Capability(String name, JsonPointer pointer) {

    /** True when this entry names the given (normalized) capability. */
    public boolean is(String capability) {
      return name.equals(capability);
    }
  }

  /** The runtime's reading of a name: upper case, without {@code CAP_}; see the class comment. */
  public static String normalize(String written) {
    String upper = written.trim().toUpperCase(Locale.ROOT);
    if (upper.startsWith(PREFIX) && !upper.equals(PREFIX + ALL)) {
      return upper.substring(PREFIX.length());
    }
    return upper;
  }

  /** {@link #normalize} applied to each name, keeping their order. */
  public static Set<String> normalizeAll(Collection<String> written) {
    Set<String> out = new LinkedHashSet<>();
    written.forEach(name -> out.add(normalize(name)));
    return out;
  }

  /**
   * Entries of the container's {@code capabilities.add}; entries that are not strings are skipped.
   */
  public static List<Capability> added(ContainerRef container) {
    return entries(container, "add");
  }

  /**
   * Entries of the container's {@code capabilities.drop}; entries that are not strings are skipped.
   */
  public static List<Capability> dropped(ContainerRef container) {
    return entries(container, "drop");
  }

  /** The first added entry that grants the capability, by name or through {@code ALL}. */
  public static Optional<Capability> grants(ContainerRef container, String capability) {
    return added(container).stream().filter(c -> c.is(capability) || c.is(ALL)).findFirst();
  }

  /** Why a capability is dangerous, or empty when there is no short answer. */
  public static Optional<String> risk(String capability) {
    return Optional.ofNullable(RISKS.get(capability));
  }

  private static List<Capability> entries(ContainerRef container, String list) {
    JsonPointer pointer = container.field("securityContext", "capabilities", list);
    JsonNode node = container.pod().owner().at(pointer);
    List<Capability> out = new ArrayList<>();
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      if (node.get(i).isString()) {
        out.add(new Capability(normalize(node.get(i).asString()), pointer.append(i)));
      }
    }
    return out;
  }
}
