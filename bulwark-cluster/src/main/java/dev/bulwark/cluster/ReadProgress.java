package dev.bulwark.cluster;

/** Told how a cluster read goes, kind by kind; the CLI draws progress on a terminal from it. */
public interface ReadProgress {
  /** Reports nothing. */
  ReadProgress SILENT = new ReadProgress() {};

  /** A page of a kind was read; {@code readSoFar} counts that kind's objects. */
  default void pageRead(ClusterKind kind, int readSoFar) {}

  /** A kind is finished (read, denied or not served). */
  default void kindDone(ClusterKind kind, int read) {}
}
