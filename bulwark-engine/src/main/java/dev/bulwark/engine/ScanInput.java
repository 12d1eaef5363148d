package dev.bulwark.engine;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Inventory;
import java.util.List;

/**
 * What one scan looks at.
 *
 * @param inventory the objects
 * @param loadDiagnostics problems the loader (and config reader) found, carried into the report
 * @param filesRead how many files the loader read
 * @param inventoryAvailable false where the scan sees a single object without its surroundings
 *     (an admission request with no cluster access): inventory-scoped checks are then not evaluated
 * @param inventoryComplete true when the inventory holds everything objects could refer to (a
 *     whole cluster), so missing references are real
 */
public record ScanInput(
    Inventory inventory,
    List<Diagnostic> loadDiagnostics,
    int filesRead,
    boolean inventoryAvailable,
    boolean inventoryComplete) {

  public ScanInput {
    loadDiagnostics = List.copyOf(loadDiagnostics);
  }

  /** A scan of manifests: inventory present, but probably not the whole cluster. */
  public static ScanInput ofManifests(Inventory inventory, List<Diagnostic> loadDiagnostics, int filesRead) {
    return new ScanInput(inventory, loadDiagnostics, filesRead, true, false);
  }
}
