package dev.bulwark.checks.support;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of object name patterns from a check parameter. Each entry is {@code name}, {@code
 * namespace/name} or {@code namespace/} (the whole namespace); {@code *} and {@code ?} are globs
 * within a name. A bare {@code name} matches in every namespace.
 */
public final class NamePatterns {
  private final List<Entry> entries;

  private NamePatterns(List<Entry> entries) {
    this.entries = entries;
  }

  /**
   * Parses trimmed, non-empty entries such as {@code shop/web}, {@code ingress-*}, {@code
   * kube-system/}.
   */
  public static NamePatterns parse(List<String> entries) {
    return new NamePatterns(entries.stream().map(Entry::parse).toList());
  }

  /** True when some entry matches the object. */
  public boolean matches(String namespace, String name) {
    return entries.stream().anyMatch(e -> e.matches(namespace, name));
  }

  private record Entry(Pattern namespace, Pattern name) {
    static Entry parse(String text) {
      int slash = text.indexOf('/');
      if (slash < 0) {
        return new Entry(glob("*"), glob(text));
      }
      String name = text.substring(slash + 1);
      return new Entry(glob(text.substring(0, slash)), glob(name.isEmpty() ? "*" : name));
    }

    boolean matches(String ns, String n) {
      return namespace.matcher(ns).matches() && name.matcher(n).matches();
    }
  }

  private static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
