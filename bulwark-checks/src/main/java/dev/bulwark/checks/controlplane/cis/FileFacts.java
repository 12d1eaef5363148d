package dev.bulwark.checks.controlplane.cis;

/**
 * What {@code stat} says about a file on the node.
 *
 * @param path the path as seen on the node, e.g. {@code /etc/kubernetes/admin.conf}
 * @param mode permission bits, e.g. {@code 0600}
 * @param owner owning user's name (or numeric id when the node does not name it)
 * @param group owning group's name (or numeric id)
 * @param directory true for a directory
 */
public record FileFacts(String path, int mode, String owner, String group, boolean directory) {

  /** The mode as {@code stat -c %a} prints it, e.g. {@code 600}. */
  public String octalMode() {
    return Integer.toOctalString(mode & 07777);
  }

  /** {@code owner:group} as {@code stat -c %U:%G} prints it. */
  public String ownership() {
    return owner + ":" + group;
  }
}
