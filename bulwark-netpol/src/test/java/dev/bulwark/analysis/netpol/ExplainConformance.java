package dev.bulwark.analysis.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Explain cases, compared by content first (the same pairs, the same allowed and denied port
 * classes per pair, the same verdict per side and the same reasons), which gives a readable
 * difference, then byte for byte.
 */
final class ExplainConformance {
  private ExplainConformance() {}

  static void check(ConformanceCases.Case c) {
    NetpolAnalysis analysis = NetpolAnalysis.of(c.inventory());
    String conn = c.option("focus_conn");
    ExplainOptions options = new ExplainOptions(c.option("explain_only"), conn == null ? null : FocusConnection.parse(conn));
    String ours = new ExplanationWriter(false).write(new Explainer(analysis.engine()).explainAll(options, c.listOptions()));
    Map<String, TreeSet<String>> expected = ExplanationText.parse(ConformanceDifferences.expected(c, "txt"));
    Map<String, TreeSet<String>> actual = ExplanationText.parse(ours);
    assertThat(expected).as("parsed expected pairs").isNotEmpty();
    assertThat(expected.values().stream().mapToInt(TreeSet::size).sum()).as("parsed expected classes").isPositive();
    List<String> problems = new ArrayList<>();
    for (String pair : expected.keySet()) {
      if (!actual.containsKey(pair)) {
        problems.add("missing pair " + pair);
      } else if (!actual.get(pair).equals(expected.get(pair))) {
        TreeSet<String> missing = new TreeSet<>(expected.get(pair));
        missing.removeAll(actual.get(pair));
        TreeSet<String> extra = new TreeSet<>(actual.get(pair));
        extra.removeAll(expected.get(pair));
        problems.add(pair + "\n    expected " + missing + "\n    but got  " + extra);
      }
    }
    for (String pair : actual.keySet()) {
      if (!expected.containsKey(pair)) {
        problems.add("unexpected pair " + pair + " " + actual.get(pair));
      }
    }
    assertThat(problems).as(c.name() + ": " + problems.size() + " differing pairs of " + expected.size()).isEmpty();
    // Same content; the layout matches too, so hold it to the bytes like the other modes.
    assertThat(ours).as(c.name() + " byte for byte").isEqualTo(ConformanceDifferences.expected(c, "txt"));
  }
}
