package dev.bulwark.analysis.netpol;

import java.util.List;

/**
 * One side's answer for some ports: allowed or denied, and why.
 *
 * @param allowed whether this side lets the ports through
 * @param reasons why, most precedent layer first
 */
public record SideVerdict(boolean allowed, List<Reason> reasons) {

  public SideVerdict {
    reasons = List.copyOf(reasons);
  }

  /** True when nothing but the system default decided. */
  public boolean onlyDefault() {
    return reasons.size() == 1 && reasons.get(0).isSystemDefault();
  }
}
