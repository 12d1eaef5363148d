package dev.bulwark.cluster;

/** Told how a cluster read goes, kind by kind; the CLI draws progress on a terminal from it. */
public interface ReadProgress {
  /** Reports nothing. */
  ReadProgress SILENT = new ReadProgress() {};

  /** A page of a kind was read; {@code readSoFar} counts that kind's objects. */
  default void pageRead(ClusterKind kind, int readSoFar) {}

  /** Discovery says the server does not serve this kind, so it is not read. */
  default void kindNotServed(ClusterKind kind) {}

  /** A kind is finished (read or denied). */
  default void kindDone(ClusterKind kind, int read) {}
}
