package dev.bulwark.engine;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The threads that run checks: a fork-join pool of one thread per core for each scan. Checks that
 * need a whole-inventory model (RBAC, NetworkPolicies) wait for the thread that builds it; inside
 * a pool of its own every checking thread is a pool thread, so such a wait lets the pool start
 * another thread that goes on with the other objects. (On the shared common pool the caller's own
 * thread also checks, and its waits would leave a core idle.)
 */
final class CheckingThreads {
  private static final int SPARES = 4;
  private static final long KEEP_ALIVE_SECONDS = 10;

  private CheckingThreads() {}

  /** {@code function} applied to every item on the pool's threads; results in item order. */
  static <T, R> List<R> map(List<T> items, Function<T, R> function) {
    if (items.size() < 2) {
      return items.stream().map(function).toList();
    }
    int cores = Runtime.getRuntime().availableProcessors();
    // minimumRunnable = cores: a thread that waits for a model is replaced at once (with the
    // default of 1 the pool only counts it as idle while another thread still runs). A few spares
    // at most; once they are in use a further wait just waits (saturate) instead of failing.
    ForkJoinPool pool =
        new ForkJoinPool(
            cores,
            ForkJoinPool.defaultForkJoinWorkerThreadFactory,
            null,
            false,
            cores,
            cores + SPARES,
            cores,
            saturated -> true,
            KEEP_ALIVE_SECONDS,
            TimeUnit.SECONDS);
    try {
      return pool.submit(() -> items.parallelStream().map(function).toList()).join();
    } finally {
      pool.shutdown();
    }
  }
}
