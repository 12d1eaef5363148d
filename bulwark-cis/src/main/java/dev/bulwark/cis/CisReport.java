package dev.bulwark.cis;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.checks.controlplane.cis.CisResult;
import dev.bulwark.checks.controlplane.cis.CisStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one assessment produced; the CIS reporters turn it into bytes.
 *
 * @param toolVersion Bulwark's version
 * @param benchmark the benchmark's name, e.g. {@code cis-1.12}
 * @param nodeRoot the node root assessed, or null when only manifests were given
 * @param sources where each component's settings came from, by component binary name
 * @param results one result per item, in benchmark order
 * @param diagnostics problems reading the inputs
 */
public record CisReport(
    String toolVersion,
    String benchmark,
    String nodeRoot,
    Map<String, String> sources,
    List<CisResult> results,
    List<Diagnostic> diagnostics) {

  public CisReport {
    sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    results = List.copyOf(results);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Results per status, every status present. */
  public Map<CisStatus, Integer> counts() {
    Map<CisStatus, Integer> counts = new EnumMap<>(CisStatus.class);
    for (CisStatus status : CisStatus.values()) {
      counts.put(status, 0);
    }
    results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    return counts;
  }

  /** 2 when an input could not be read, 1 when an item failed, 0 otherwise. */
  public int exitCode() {
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      return 2;
    }
    return counts().get(CisStatus.FAIL) > 0 ? 1 : 0;
  }
}
