/**
 * Reporters: pure functions from a {@link dev.bulwark.api.Report} to bytes, in the formats {@code
 * table}, {@code json}, {@code sarif}, {@code junit} and {@code html}.
 *
 * <p>The public API is {@link dev.bulwark.report.Reporters} (pick a format by name), {@link
 * dev.bulwark.report.Reporter} and {@link dev.bulwark.report.ReportOptions}; every other type is
 * internal. Output is deterministic, so that golden files and CI diffs stay meaningful.
 */
package dev.bulwark.report;
