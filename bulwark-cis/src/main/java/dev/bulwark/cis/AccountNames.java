package dev.bulwark.cis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * User and group names from a node's {@code /etc/passwd} and {@code /etc/group}, so ownership reads
 * as {@code stat -c %U:%G} on that node prints it, not as the machine running Bulwark would name
 * the ids. Ids the node does not name stay numeric.
 */
final class AccountNames {
  private final Map<Integer, String> users;
  private final Map<Integer, String> groups;

  private AccountNames(Map<Integer, String> users, Map<Integer, String> groups) {
    this.users = users;
    this.groups = groups;
  }

  /** The names of the node mounted at {@code root}. */
  static AccountNames of(Path root) {
    return new AccountNames(read(root.resolve("etc/passwd")), read(root.resolve("etc/group")));
  }

  String user(int uid) {
    return users.getOrDefault(uid, Integer.toString(uid));
  }

  String group(int gid) {
    return groups.getOrDefault(gid, Integer.toString(gid));
  }

  /** {@code name:x:id:…} lines; the first name for an id wins, as getpwuid returns it. */
  private static Map<Integer, String> read(Path file) {
    Map<Integer, String> names = new HashMap<>();
    List<String> lines;
    try {
      lines = Files.isRegularFile(file) ? Files.readAllLines(file) : List.of();
    } catch (IOException e) {
      return names;
    }
    for (String line : lines) {
      String[] fields = line.split(":", -1);
      if (fields.length >= 3 && !line.startsWith("#")) {
        try {
          names.putIfAbsent(Integer.parseInt(fields[2].trim()), fields[0]);
        } catch (NumberFormatException ignored) {
          // a malformed line names nobody
        }
      }
    }
    return names;
  }
}
