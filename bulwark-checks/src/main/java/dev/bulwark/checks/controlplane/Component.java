package dev.bulwark.checks.controlplane;

import java.util.List;
import java.util.Set;

/** The Kubernetes components whose configuration the CIS benchmark looks at. */
public enum Component {
  API_SERVER("kube-apiserver", Set.of("apiserver", "kube-apiserver")),
  CONTROLLER_MANAGER(
      "kube-controller-manager", Set.of("controller-manager", "kube-controller-manager")),
  SCHEDULER("kube-scheduler", Set.of("scheduler", "kube-scheduler")),
  ETCD("etcd", Set.of()),
  KUBELET("kubelet", Set.of("kubelet")),
  PROXY("kube-proxy", Set.of("proxy", "kube-proxy"));

  /**
   * Flags that take no value: pflag (and Go's flag package, which etcd uses) never read the next
   * word as their value, so {@code --profiling false} is {@code --profiling} plus a stray word.
   */
  static final Set<String> BOOLEAN_FLAGS =
      Set.of(
          "--allow-privileged",
          "--anonymous-auth",
          "--auto-tls",
          "--client-cert-auth",
          "--contention-profiling",
          "--enable-bootstrap-token-auth",
          "--enable-debugging-handlers",
          "--enable-server",
          "--fail-swap-on",
          "--leader-elect",
          "--logtostderr",
          "--make-iptables-util-chains",
          "--peer-auto-tls",
          "--peer-client-cert-auth",
          "--profiling",
          "--protect-kernel-defaults",
          "--register-node",
          "--rotate-certificates",
          "--rotate-server-certificates",
          "--seccomp-default",
          "--service-account-extend-token-expiration",
          "--service-account-lookup",
          "--use-service-account-credentials");

  /**
   * Flags that collect every occurrence (pflag string slices and the feature-gate map); any other
   * flag given twice keeps its last value, as the binaries do.
   */
  static final Set<String> LIST_FLAGS =
      Set.of(
          "--admission-control",
          "--authorization-mode",
          "--disable-admission-plugins",
          "--enable-admission-plugins",
          "--feature-gates",
          "--tls-cipher-suites");

  private final String binary;
  private final Set<String> hyperkubeNames;

  Component(String binary, Set<String> hyperkubeNames) {
    this.binary = binary;
    this.hyperkubeNames = hyperkubeNames;
  }

  /** The executable's name, e.g. {@code kube-apiserver}; also how reports name the component. */
  public String binary() {
    return binary;
  }

  /**
   * How many words starting at {@code from} name this component as the program to run: 1 for its
   * binary ({@code kube-apiserver}, {@code /usr/local/bin/kube-apiserver}), 2 for {@code hyperkube
   * apiserver}, 0 when they do not.
   */
  public int programWords(List<String> words, int from) {
    String word = words.get(from);
    if (isBinary(word)) {
      return 1;
    }
    boolean hyperkube =
        basename(word).equals("hyperkube")
            && from + 1 < words.size()
            && hyperkubeNames.contains(words.get(from + 1));
    return hyperkube ? 2 : 0;
  }

  /**
   * True when a word of a command line is this component's binary: its path or bare name. A flag
   * ({@code --kubelet-service=kube-system/kubelet}) is never a program, whatever it ends with.
   */
  boolean isBinary(String word) {
    return !word.startsWith("-") && !word.contains("=") && basename(word).equals(binary);
  }

  /**
   * True when an image's entrypoint is this component, e.g. {@code
   * registry.k8s.io/kube-apiserver:v1.32.0} or {@code k8s.gcr.io/kube-proxy-amd64:v1.11.1}.
   */
  boolean isImage(String image) {
    String repository = image;
    int at = repository.indexOf('@');
    if (at >= 0) {
      repository = repository.substring(0, at);
    }
    String name = basename(repository);
    int colon = name.indexOf(':');
    if (colon >= 0) {
      name = name.substring(0, colon);
    }
    return this != ETCD && (name.equals(binary) || name.startsWith(binary + "-"));
  }

  /** Go's flag package (etcd) accepts {@code -flag} for {@code --flag}; pflag does not. */
  boolean acceptsSingleDashFlags() {
    return this == ETCD;
  }

  static String basename(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
