package dev.bulwark.analysis.rbac;

import dev.bulwark.api.JsonPointer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roles and bindings a kube-apiserver creates by itself, read once from {@code
 * bootstrap-policy.txt} (see that file for its notation and sources).
 *
 * @param roles the default Roles and ClusterRoles
 * @param bindings the default RoleBindings and ClusterRoleBindings
 */
public record BootstrapPolicy(List<Role> roles, List<Binding> bindings) {
  private static final String FILE = "bootstrap-policy.txt";

  public BootstrapPolicy {
    roles = List.copyOf(roles);
    bindings = List.copyOf(bindings);
  }

  /** The policy shipped with Bulwark. */
  public static BootstrapPolicy get() {
    return Holder.POLICY;
  }

  private static final class Holder {
    static final BootstrapPolicy POLICY = load();
  }

  private static BootstrapPolicy load() {
    try (InputStream in = BootstrapPolicy.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the notation; a malformed line is a programming error in the shipped file. */
  static BootstrapPolicy parse(List<String> lines) {
    Parser parser = new Parser();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        parser.line(line);
      } catch (RuntimeException e) {
        throw new IllegalStateException(FILE + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    parser.finish();
    return new BootstrapPolicy(parser.roles, parser.bindings);
  }

  /** Collects one object at a time. */
  private static final class Parser {
    final List<Role> roles = new ArrayList<>();
    final List<Binding> bindings = new ArrayList<>();
    private RbacRef ref;
    private Map<String, String> labels;
    private List<SourcedRule> rules;
    private List<LabelSelector> aggregation;
    private String roleKind;
    private String roleName;
    private List<Subject> subjects;

    void line(String line) {
      String[] words = line.split("\\s+", 2);
      String rest = words.length > 1 ? words[1] : "";
      switch (words[0]) {
        case "clusterrole" -> startRole(RbacRef.clusterRole(rest));
        case "role" -> startRole(RbacRef.role(before(rest, '/'), after(rest, '/')));
        case "label" -> labels.put(before(rest, '='), after(rest, '='));
        case "aggregate" ->
            aggregation()
                .add(new LabelSelector(Map.of(before(rest, '='), after(rest, '=')), List.of()));
        case "rule" -> addRule(resourceRule(rest.split("\\s*\\|\\s*")));
        case "url" -> addRule(urlRule(rest.split("\\s*\\|\\s*")));
        case "clusterrolebinding" -> startBinding(rest, true);
        case "rolebinding" -> startBinding(rest, false);
        case "subject" -> subjects.add(subject(rest.split("\\s+")));
        default -> throw new IllegalArgumentException("unknown keyword " + words[0]);
      }
    }

    private void startRole(RbacRef next) {
      finish();
      ref = next;
      labels = new LinkedHashMap<>();
      rules = new ArrayList<>();
    }

    private void startBinding(String rest, boolean cluster) {
      finish();
      String[] words = rest.split("\\s+");
      ref =
          cluster
              ? RbacRef.clusterRoleBinding(words[0])
              : RbacRef.roleBinding(before(words[0], '/'), after(words[0], '/'));
      roleKind = words[1];
      roleName = words[2];
      subjects = new ArrayList<>();
    }

    private List<LabelSelector> aggregation() {
      if (aggregation == null) {
        aggregation = new ArrayList<>();
      }
      return aggregation;
    }

    private void addRule(PolicyRule rule) {
      JsonPointer pointer = JsonPointer.of("rules", Integer.toString(rules.size()));
      rules.add(new SourcedRule(rule, ref, pointer, null));
    }

    void finish() {
      if (rules != null) {
        roles.add(new Role(ref, labels, rules, aggregation, null));
      } else if (subjects != null) {
        bindings.add(new Binding(ref, roleKind, roleName, subjects, null));
      }
      rules = null;
      subjects = null;
      aggregation = null;
    }

    private static PolicyRule resourceRule(String[] fields) {
      PolicyRule rule = PolicyRule.of(list(fields[0]), list(fields[1]), list(fields[2]));
      return fields.length > 3 ? rule.withNames(list(fields[3])) : rule;
    }

    private static PolicyRule urlRule(String[] fields) {
      return PolicyRule.ofUrls(list(fields[0]), list(fields[1]));
    }

    private static Subject subject(String[] words) {
      return switch (words[0]) {
        case Subject.USER -> Subject.user(words[1]);
        case Subject.GROUP -> Subject.group(words[1]);
        case Subject.SERVICE_ACCOUNT -> Subject.serviceAccount(words[1], words[2]);
        default -> throw new IllegalArgumentException("unknown subject kind " + words[0]);
      };
    }

    /** Comma-separated entries; {@code ""} stands for the empty string (the core group). */
    private static List<String> list(String field) {
      return Arrays.stream(field.split(",")).map(s -> s.equals("\"\"") ? "" : s).toList();
    }

    private static String before(String s, char c) {
      return s.substring(0, s.indexOf(c));
    }

    private static String after(String s, char c) {
      return s.substring(s.indexOf(c) + 1);
    }
  }
}
