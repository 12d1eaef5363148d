package dev.bulwark.cli;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Inventory;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;
import dev.bulwark.cluster.DumpRecord;
import dev.bulwark.loader.LoadResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loaded manifests as an analysis command ({@code rbac}, {@code netpol}, {@code pss}) reads them: a
 * cluster dump's record taken out, and, after the load problems, a warning for each kind the
 * analysis is built from that the dump could not read.
 *
 * @param objects the objects to analyse
 * @param inventory the same objects, with the dump's unreadable kinds
 * @param diagnostics load problems, then the dump's warnings
 */
record AnalysisInput(List<Resource> objects, Inventory inventory, List<Diagnostic> diagnostics) {

  /** Every kind that carries a pod spec, and these. */
  static Set<String> workloadsAnd(String... kinds) {
    Set<String> all = new HashSet<>(Workloads.KINDS);
    all.addAll(List.of(kinds));
    return Set.copyOf(all);
  }

  static AnalysisInput of(LoadResult loaded, Set<String> kindsRead, String analysis) {
    DumpRecord.Split split = DumpRecord.split(loaded.resources());
    List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
    diagnostics.addAll(split.warnings(kindsRead, analysis));
    return new AnalysisInput(
        split.objects(), Inventory.of(split.objects(), split.unreadableKinds()), diagnostics);
  }
}
