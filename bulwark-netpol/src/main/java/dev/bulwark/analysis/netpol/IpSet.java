package dev.bulwark.analysis.netpol;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable set of addresses as sorted, disjoint, non-adjacent ranges (IPv4 before IPv6): an
 * {@code ipBlock}'s CIDR minus its exceptions, or a {@code networks} list.
 */
public final class IpSet {
  public static final IpSet EMPTY = new IpSet(List.of());

  private final List<IpRange> ranges;

  private IpSet(List<IpRange> ranges) {
    this.ranges = ranges;
  }

  public static IpSet of(IpRange range) {
    return new IpSet(List.of(range));
  }

  /** An ipBlock: {@code cidr} minus every {@code except}. */
  public static IpSet ofBlock(String cidr, List<String> except) {
    IpSet set = of(IpAddresses.parseCidr(cidr));
    for (String e : except) {
      set = set.minus(of(IpAddresses.parseCidr(e)));
    }
    return set;
  }

  public List<IpRange> ranges() {
    return ranges;
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /** True when the whole range lies inside this set. */
  public boolean contains(IpRange range) {
    for (IpRange r : ranges) {
      if (r.contains(range)) {
        return true;
      }
    }
    return false;
  }

  public IpSet union(IpSet other) {
    List<IpRange> all = new ArrayList<>(ranges);
    all.addAll(other.ranges);
    Collections.sort(all);
    List<IpRange> out = new ArrayList<>();
    for (IpRange r : all) {
      if (!out.isEmpty()) {
        IpRange last = out.get(out.size() - 1);
        if (last.v6() == r.v6() && r.first().compareTo(last.last().add(BigInteger.ONE)) <= 0) {
          out.set(out.size() - 1, new IpRange(r.v6(), last.first(), last.last().max(r.last())));
          continue;
        }
      }
      out.add(r);
    }
    return new IpSet(List.copyOf(out));
  }

  public IpSet minus(IpSet other) {
    List<IpRange> out = new ArrayList<>();
    for (IpRange r : ranges) {
      List<IpRange> pieces = List.of(r);
      for (IpRange cut : other.ranges) {
        List<IpRange> next = new ArrayList<>();
        for (IpRange p : pieces) {
          if (!p.overlaps(cut)) {
            next.add(p);
            continue;
          }
          if (p.first().compareTo(cut.first()) < 0) {
            next.add(new IpRange(p.v6(), p.first(), cut.first().subtract(BigInteger.ONE)));
          }
          if (p.last().compareTo(cut.last()) > 0) {
            next.add(new IpRange(p.v6(), cut.last().add(BigInteger.ONE), p.last()));
          }
        }
        pieces = next;
      }
      out.addAll(pieces);
    }
    return new IpSet(List.copyOf(out));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IpSet s && s.ranges.equals(ranges);
  }

  @Override
  public int hashCode() {
    return ranges.hashCode();
  }

  @Override
  public String toString() {
    return ranges.toString();
  }
}
