package dev.bulwark.engine;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * The threads that run checks: a fork-join pool of one thread per core for each scan. Checks that
 * need a whole-inventory model (RBAC, NetworkPolicies) wait for the thread that builds it; inside
 * a pool of its own every checking thread is a pool thread, so such a wait lets the pool start
 * another thread that goes on with the other objects. (On the shared common pool the caller's own
 * thread also checks, and its waits would leave a core idle.)
 */
final class CheckingThreads {
  private CheckingThreads() {}

  /** {@code function} applied to every item on the pool's threads; results in item order. */
  static <T, R> List<R> map(List<T> items, Function<T, R> function) {
    if (items.size() < 2) {
      return items.stream().map(function).toList();
    }
    ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    try {
      return pool.submit(() -> items.parallelStream().map(function).toList()).join();
    } finally {
      pool.shutdown();
    }
  }
}
