package dev.bulwark.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * The threads that parse. snakeyaml-engine's composer recurses once per nesting level and needs
 * about 1–2 KiB of stack per level once JIT-compiled; a default 1 MiB thread stack overflows before
 * 1,000 levels of block nesting. So parsing never runs on the caller's thread but on these, whose
 * stack is sized for {@link LoaderLimits#DEPTH_CEILING} with a wide margin (the memory is reserved,
 * and only touched as deep as the input goes). One thread per core; idle threads exit.
 */
final class ParsingThreads {
  static final long STACK_BYTES = 64L * 1024 * 1024;

  private static final ExecutorService POOL = createPool();

  private ParsingThreads() {}

  /**
   * Runs the tasks in parallel and returns their results in task order. A task that throws gets
   * {@code onFailure} applied to its index and exception instead.
   *
   * @throws InterruptedException when the caller is interrupted while waiting
   */
  static <T> List<T> runAll(List<Callable<T>> tasks, BiFunction<Integer, Throwable, T> onFailure)
      throws InterruptedException {
    List<T> results = new ArrayList<>(tasks.size());
    if (Thread.currentThread() instanceof ParsingThread) {
      // Already on a parsing thread (a nested call): waiting on the pool could deadlock.
      for (int i = 0; i < tasks.size(); i++) {
        results.add(runHere(tasks.get(i), i, onFailure));
      }
      return results;
    }
    List<Future<T>> futures = new ArrayList<>(tasks.size());
    try {
      for (Callable<T> task : tasks) {
        futures.add(POOL.submit(task));
      }
      for (int i = 0; i < futures.size(); i++) {
        try {
          results.add(futures.get(i).get());
        } catch (ExecutionException e) {
          results.add(onFailure.apply(i, e.getCause()));
        }
      }
      return results;
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      throw e;
    }
  }

  private static <T> T runHere(
      Callable<T> task, int index, BiFunction<Integer, Throwable, T> onFailure) {
    try {
      return task.call();
    } catch (Exception | StackOverflowError e) {
      return onFailure.apply(index, e);
    }
  }

  private static ExecutorService createPool() {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        task -> {
          Thread thread = new ParsingThread(task, "bulwark-loader-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads, threads, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** Marks the pool's threads so a nested call can tell it is already on one. */
  private static final class ParsingThread extends Thread {
    ParsingThread(Runnable task, String name) {
      super(null, task, name, STACK_BYTES);
    }
  }
}
