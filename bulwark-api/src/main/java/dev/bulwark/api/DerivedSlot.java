package dev.bulwark.api;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
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

  /** The value, waiting while another thread computes it. */
  Object value() {
    if (computing == Thread.currentThread()) {
      throw new IllegalStateException("an inventory derivation depends on itself");
    }
    boolean interrupted = false;
    try {
      while (true) {
        try {
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
