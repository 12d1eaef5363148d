package dev.bulwark.report;

import dev.bulwark.api.Finding;
import dev.bulwark.api.ObjectRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The findings of one object in one file. Keyed by file as well as object because the same object
 * may be declared in two files (an overlay and its base), and the reader needs to know which one.
 *
 * @param file the file the object came from
 * @param object the object
 * @param findings its findings, in report order
 */
record ObjectFindings(String file, ObjectRef object, List<Finding> findings) {

  /**
   * Groups findings by file and object, keeping report order: groups appear in the order of their
   * first finding, which for sorted findings is file and then line order.
   */
  static List<ObjectFindings> group(List<Finding> findings, Predicate<Finding> include) {
    record Key(String file, ObjectRef object) {}
    Map<Key, List<Finding>> groups = new LinkedHashMap<>();
    for (Finding finding : findings) {
      if (include.test(finding)) {
        groups
            .computeIfAbsent(
                new Key(finding.location().file(), finding.object()), k -> new ArrayList<>())
            .add(finding);
      }
    }
    List<ObjectFindings> result = new ArrayList<>(groups.size());
    groups.forEach((key, list) -> result.add(new ObjectFindings(key.file(), key.object(), list)));
    return result;
  }

  /** Every finding, grouped. */
  static List<ObjectFindings> group(List<Finding> findings) {
    return group(findings, f -> true);
  }
}
