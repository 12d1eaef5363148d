package dev.bulwark.cli;

/** The exit codes every command shares (DESIGN.md, "Contracts"). */
final class ExitCodes {
  /** Nothing at or above the failure threshold. */
  static final int CLEAN = 0;

  /** Findings at or above the failure threshold, or a PSS denial. */
  static final int FINDINGS = 1;

  /** Bad input or bad usage; the report is still written. */
  static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
