package dev.bulwark.checks.controlplane;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The flags of one component's command line, as the component itself reads them: {@code
 * --flag=value}, {@code --flag value} and bare boolean {@code --flag} (read as {@code true}); a
 * flag given twice keeps its last value, except list flags ({@code --enable-admission-plugins},
 * {@code --feature-gates}, …) which collect every occurrence.
 */
public final class Flags {
  /** A command line with no flags. */
  public static final Flags NONE = new Flags(List.of(), Map.of());

  private final List<Setting> occurrences;
  private final Map<String, Setting> effective;

  private Flags(List<Setting> occurrences, Map<String, Setting> effective) {
    this.occurrences = List.copyOf(occurrences);
    this.effective = Map.copyOf(effective);
  }

  /** Parses the words after the program name. Words that are not flags are ignored. */
  public static Flags parse(Component component, List<ArgvToken> arguments) {
    List<Setting> occurrences = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      ArgvToken token = arguments.get(i);
      String name = flagName(component, token.text());
      if (name == null) {
        continue;
      }
      int eq = token.text().indexOf('=');
      if (eq >= 0) {
        occurrences.add(new Setting(name, token.text().substring(eq + 1), token.origin()));
      } else if (!Component.BOOLEAN_FLAGS.contains(name)
          && i + 1 < arguments.size()
          && !arguments.get(i + 1).text().startsWith("-")) {
        occurrences.add(new Setting(name, arguments.get(i + 1).text(), token.origin()));
        i++;
      } else {
        occurrences.add(new Setting(name, "true", token.origin()));
      }
    }
    return of(occurrences);
  }

  /** Flags from settings already split into name and value (kubeadm's extraArgs, say). */
  public static Flags of(List<Setting> occurrences) {
    Map<String, Setting> effective = new LinkedHashMap<>();
    for (Setting s : occurrences) {
      Setting previous = effective.get(s.key());
      if (previous != null && Component.LIST_FLAGS.contains(s.key())) {
        effective.put(
            s.key(), new Setting(s.key(), joined(previous.value(), s.value()), previous.origin()));
      } else {
        effective.put(s.key(), s);
      }
    }
    return new Flags(occurrences, effective);
  }

  /** The value the component uses for a flag such as {@code --profiling}, if it is given. */
  public Optional<Setting> get(String name) {
    return Optional.ofNullable(effective.get(name));
  }

  public boolean isEmpty() {
    return occurrences.isEmpty();
  }

  /** Every flag as written, in order (tests compare whole readings). */
  List<Setting> occurrences() {
    return occurrences;
  }

  /** {@code --name} for a flag word, or null for anything else ({@code -v} shorthands included). */
  private static String flagName(Component component, String word) {
    String name = word;
    if (!name.startsWith("--")) {
      if (!component.acceptsSingleDashFlags() || !name.startsWith("-") || name.length() < 3) {
        return null;
      }
      name = "-" + name;
    }
    int eq = name.indexOf('=');
    name = eq >= 0 ? name.substring(0, eq) : name;
    return name.length() > 2 ? name : null;
  }

  private static String joined(String first, String second) {
    if (first.isEmpty()) {
      return second;
    }
    return second.isEmpty() ? first : first + "," + second;
  }
}
