package dev.bulwark.analysis.netpol;

import java.util.List;

/**
 * What {@code netpol list} shows, with the options of {@code netpol-analyzer list}.
 *
 * @param focusWorkloads keep lines where either end is one of these ({@code name} or {@code
 *     namespace/name}); empty for all
 * @param focusWorkloadPeers with focus workloads: the other end must be one of these
 * @param focusDirection with focus workloads: {@code ingress} (they are the destination) or
 *     {@code egress} (the source); {@code null} for both
 * @param focusConnection keep only pairs that allow this connection, or {@code null}
 * @param exposure add the exposure analysis
 */
public record ListOptions(
    List<String> focusWorkloads,
    List<String> focusWorkloadPeers,
    String focusDirection,
    FocusConnection focusConnection,
    boolean exposure) {

  public static final ListOptions DEFAULTS = new ListOptions(List.of(), List.of(), null, null, false);

  public ListOptions {
    focusWorkloads = List.copyOf(focusWorkloads);
    focusWorkloadPeers = List.copyOf(focusWorkloadPeers);
    if (focusDirection != null && !focusDirection.equals("ingress") && !focusDirection.equals("egress")) {
      throw new NetpolInputException("invalid focus direction value: " + focusDirection
          + "; value must be one of [ingress, egress]");
    }
  }

  public ListOptions withExposure(boolean on) {
    return new ListOptions(focusWorkloads, focusWorkloadPeers, focusDirection, focusConnection, on);
  }
}
