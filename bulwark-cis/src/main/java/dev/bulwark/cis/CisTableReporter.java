package dev.bulwark.cis;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.checks.controlplane.cis.CisGroup;
import dev.bulwark.checks.controlplane.cis.CisResult;
import dev.bulwark.checks.controlplane.cis.CisStatus;
import dev.bulwark.checks.controlplane.cis.Evidence;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code table} format, laid out like kube-bench's: a heading per group, {@code [PASS]}, {@code
 * [FAIL]} or {@code [WARN]} and the item per line, then why and the evidence, indented.
 */
final class CisTableReporter implements CisReporter {
  private static final String INDENT = "       ";

  @Override
  public String render(CisReport report) {
    StringBuilder out = new StringBuilder();
    out.append("CIS Kubernetes Benchmark ").append(report.benchmark());
    out.append(
        report.nodeRoot() == null
            ? ", manifests only (node items need --node-root)"
            : ", node root " + report.nodeRoot());
    out.append('\n');
    for (Map.Entry<String, String> source : report.sources().entrySet()) {
      out.append("  ").append(source.getKey()).append(": ").append(source.getValue()).append('\n');
    }
    CisGroup group = null;
    for (CisResult result : report.results()) {
      if (result.group() != group) {
        group = result.group();
        out.append('\n')
            .append("== ")
            .append(group.id())
            .append(' ')
            .append(group.title())
            .append('\n');
      }
      out.append('[')
          .append(result.status())
          .append("] ")
          .append(result.item().id())
          .append(' ')
          .append(result.item().title())
          .append(" (")
          .append(result.item().assessment())
          .append(")\n");
      if (result.status() != CisStatus.PASS && !result.reason().isEmpty()) {
        out.append(INDENT).append(result.reason()).append('\n');
      }
      for (Evidence evidence : result.evidence()) {
        out.append(INDENT).append(evidence.describe()).append('\n');
      }
    }
    for (Diagnostic d : report.diagnostics()) {
      out.append('\n')
          .append(d.level().name().toLowerCase(Locale.ROOT))
          .append(": ")
          .append(d.location())
          .append(": ")
          .append(d.message());
    }
    Map<CisStatus, Integer> counts = report.counts();
    out.append("\n== Summary: ")
        .append(counts.get(CisStatus.PASS))
        .append(" PASS, ")
        .append(counts.get(CisStatus.FAIL))
        .append(" FAIL, ")
        .append(counts.get(CisStatus.WARN))
        .append(" WARN\n");
    return out.toString();
  }
}
