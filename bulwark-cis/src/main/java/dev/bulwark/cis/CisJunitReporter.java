package dev.bulwark.cis;

import dev.bulwark.checks.controlplane.cis.CisGroup;
import dev.bulwark.checks.controlplane.cis.CisResult;
import dev.bulwark.checks.controlplane.cis.CisStatus;
import dev.bulwark.checks.controlplane.cis.Evidence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code junit} format for CI dashboards: a test suite per group, a test case per item; FAIL is
 * a failure, WARN a skipped test with its reason, PASS a passing test.
 */
final class CisJunitReporter implements CisReporter {

  @Override
  public String render(CisReport report) {
    Map<CisGroup, List<CisResult>> byGroup =
        report.results().stream()
            .collect(
                Collectors.groupingBy(CisResult::group, LinkedHashMap::new, Collectors.toList()));
    Map<CisStatus, Integer> counts = report.counts();
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuites name=\"")
        .append(escape("bulwark cis " + report.benchmark()))
        .append("\" tests=\"")
        .append(report.results().size())
        .append("\" failures=\"")
        .append(counts.get(CisStatus.FAIL))
        .append("\" skipped=\"")
        .append(counts.get(CisStatus.WARN))
        .append("\">\n");
    byGroup.forEach(
        (group, results) -> {
          long failures = results.stream().filter(r -> r.status() == CisStatus.FAIL).count();
          long skipped = results.stream().filter(r -> r.status() == CisStatus.WARN).count();
          out.append("  <testsuite name=\"")
              .append(escape(group.id() + " " + group.title()))
              .append("\" tests=\"")
              .append(results.size())
              .append("\" failures=\"")
              .append(failures)
              .append("\" skipped=\"")
              .append(skipped)
              .append("\">\n");
          results.forEach(r -> testCase(out, report.benchmark(), r));
          out.append("  </testsuite>\n");
        });
    return out.append("</testsuites>\n").toString();
  }

  private static void testCase(StringBuilder out, String benchmark, CisResult result) {
    out.append("    <testcase classname=\"")
        .append(escape(benchmark + "." + result.group().id()))
        .append("\" name=\"")
        .append(escape(result.item().id() + " " + result.item().title()))
        .append('"');
    String evidence =
        result.evidence().stream().map(Evidence::describe).collect(Collectors.joining("\n"));
    switch (result.status()) {
      case PASS -> out.append("/>\n");
      case FAIL ->
          out.append(">\n      <failure message=\"")
              .append(escape(result.reason()))
              .append("\">")
              .append(
                  escape(
                      evidence
                          + (evidence.isEmpty() ? "" : "\n")
                          + "Remediation: "
                          + result.item().remediation()))
              .append("</failure>\n    </testcase>\n");
      case WARN ->
          out.append(">\n      <skipped message=\"")
              .append(escape(result.reason()))
              .append("\"/>\n    </testcase>\n");
    }
  }

  /** XML text and attribute escaping; characters XML 1.0 cannot carry become U+FFFD. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\n', '\t' -> out.appendCodePoint(c);
                default ->
                    out.appendCodePoint(
                        c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF
                            ? 0xFFFD
                            : c);
              }
            });
    return out.toString();
  }
}
