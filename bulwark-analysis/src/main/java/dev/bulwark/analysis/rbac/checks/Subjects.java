package dev.bulwark.analysis.rbac.checks;

import dev.bulwark.analysis.rbac.Binding;
import dev.bulwark.analysis.rbac.Subject;
import java.util.ArrayList;
import java.util.List;

/** Names the holders of a grant in messages, briefly. */
final class Subjects {
  private static final int SHOWN = 3;

  private Subjects() {}

  /** The binding's subjects, ServiceAccount namespaces filled in. */
  static List<Subject> of(Binding binding) {
    List<Subject> out = new ArrayList<>();
    for (int i = 0; i < binding.subjects().size(); i++) {
      out.add(binding.effectiveSubject(i));
    }
    return out;
  }

  /** {@code ServiceAccount a/b, User c and 4 more}. */
  static String list(List<Subject> subjects) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < Math.min(SHOWN, subjects.size()); i++) {
      names.add(subjects.get(i).display());
    }
    String text = String.join(", ", names);
    return subjects.size() > SHOWN ? text + " and " + (subjects.size() - SHOWN) + " more" : text;
  }
}
