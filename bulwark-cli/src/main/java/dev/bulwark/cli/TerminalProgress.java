package dev.bulwark.cli;

import dev.bulwark.cluster.ClusterKind;
import dev.bulwark.cluster.ReadProgress;
import java.io.PrintStream;

/**
 * Per-kind counts on standard error while a cluster is read, rewritten in place; only on a
 * terminal, so that scripts and CI logs stay clean.
 */
final class TerminalProgress implements ReadProgress {
  private final PrintStream out;

  private TerminalProgress(PrintStream out) {
    this.out = out;
  }

  /** Progress on stderr when it is a terminal and not silenced, else nothing. */
  static ReadProgress forTerminal(boolean quiet) {
    return quiet || System.console() == null ? ReadProgress.SILENT : new TerminalProgress(System.err);
  }

  @Override
  public void pageRead(ClusterKind kind, int readSoFar) {
    out.print("\rreading " + kind.resourceName() + ": " + readSoFar + "\u001b[K");
    out.flush();
  }

  @Override
  public void kindNotServed(ClusterKind kind) {
    out.print("\r" + kind.resourceName() + ": not served by this cluster, skipped\u001b[K\n");
    out.flush();
  }

  @Override
  public void kindDone(ClusterKind kind, int read) {
    out.print("\r" + kind.resourceName() + ": " + read + "\u001b[K\n");
    out.flush();
  }
}
