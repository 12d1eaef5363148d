package dev.bulwark.loader;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap use while an action runs, from the JVM's memory pools. The sum of each pool's peak is
 * an upper bound (the peaks need not coincide); good enough to show memory stays bounded.
 */
final class HeapPeak {
  private HeapPeak() {}

  /** Runs the action and returns the peak heap use in MiB since just before it. */
  static long mebibytesDuring(Runnable action) {
    System.gc();
    List<MemoryPoolMXBean> pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
            .toList();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    action.run();
    long peak = 0;
    for (MemoryPoolMXBean pool : pools) {
      peak += pool.getPeakUsage().getUsed();
    }
    return peak / (1024 * 1024);
  }
}
