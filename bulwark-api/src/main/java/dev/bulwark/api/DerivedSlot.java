package dev.bulwark.api;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * One {@link Inventory.Derived} value of an inventory: computed by the first thread that asks, and
 * waited for by the others, so that two checks starting at once do not both build a whole-inventory
 * model.
 */
final class DerivedSlot {
  private final FutureTask<Object> task;
  private volatile Thread computing;

  DerivedSlot(Supplier<Object> computation) {
    this.task = new FutureTask<>(computation::get);
  }

  /** Computes the value on the calling thread; throws what the computation threw. */
  void compute() {
    computing = Thread.currentThread();
    try {
      task.run();
    } finally {
      computing = null;
    }
    value();
  }

  /**
   * The value, waiting while another thread computes it. The wait is a managed block: a fork-join
   * pool (the engine's) can start another thread meanwhile, so the core is not left idle.
   */
  Object value() {
    if (computing == Thread.currentThread()) {
      throw new IllegalStateException("an inventory derivation depends on itself");
    }
    boolean interrupted = false;
    try {
      while (true) {
        try {
          if (!task.isDone()) {
            ForkJoinPool.managedBlock(new Waiter());
          }
          return task.get();
        } catch (InterruptedException e) {
          // The value is needed to go on; keep waiting and restore the flag afterwards.
          interrupted = true;
        } catch (ExecutionException e) {
          throw rethrown(e.getCause());
        } catch (CancellationException e) {
          throw new IllegalStateException("inventory derivation cancelled", e);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Blocks until the value (or the computation's failure) is there. */
  private final class Waiter implements ForkJoinPool.ManagedBlocker {
    @Override
    public boolean block() throws InterruptedException {
      try {
        task.get();
      } catch (ExecutionException | CancellationException e) {
        // Done either way; value() reports the failure.
      }
      return true;
    }

    @Override
    public boolean isReleasable() {
      return task.isDone();
    }
  }

  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(cause);
  }
}
