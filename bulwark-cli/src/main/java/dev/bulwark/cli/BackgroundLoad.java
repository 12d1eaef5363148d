package dev.bulwark.cli;

import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Loading files on a thread of its own, so the caller can prepare the scan in the meantime. */
final class BackgroundLoad {
  // Dropped once taken, so that the loaded objects can be collected when the scan is done with
  // them (the report is written after that).
  private FutureTask<LoadResult> task;

  private BackgroundLoad(FutureTask<LoadResult> task) {
    this.task = task;
  }

  /** Starts loading the paths; {@link #result} waits for the outcome. */
  static BackgroundLoad start(ManifestLoader loader, List<String> paths) {
    List<String> copy = List.copyOf(paths);
    FutureTask<LoadResult> task = new FutureTask<>(() -> loader.load(copy));
    Thread thread = new Thread(task, "bulwark-load");
    // A failing command (a bad config, say) exits without waiting for the files.
    thread.setDaemon(true);
    thread.start();
    return new BackgroundLoad(task);
  }

  /** What loading gave, once; rethrows what it threw. */
  LoadResult result() {
    FutureTask<LoadResult> task = this.task;
    if (task == null) {
      throw new IllegalStateException("the load result was already taken");
    }
    this.task = null;
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true; // the scan cannot go on without its input; wait and keep the flag
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          if (e.getCause() instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
