package dev.bulwark.checks.controlplane.cis;

import java.util.List;

/**
 * A group of recommendations, e.g. {@code 1.2 API Server}.
 *
 * @param id the group's number
 * @param title the benchmark's heading
 * @param items its items in benchmark order
 */
public record CisGroup(String id, String title, List<CisItem> items) {

  public CisGroup {
    items = List.copyOf(items);
  }
}
