package dev.bulwark.analysis.netpol;

import java.math.BigInteger;

/**
 * A contiguous, inclusive range of IPv4 or IPv6 addresses, written {@code first-last} as
 * netpol-analyzer writes external peers ({@code 0.0.0.0-255.255.255.255}).
 *
 * @param v6 true for IPv6
 * @param first the lowest address, as an unsigned number
 * @param last the highest address, as an unsigned number
 */
public record IpRange(boolean v6, BigInteger first, BigInteger last) implements Comparable<IpRange> {
  static final BigInteger V4_MAX = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);
  static final BigInteger V6_MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

  /** Every IPv4 address. */
  public static final IpRange ALL_V4 = new IpRange(false, BigInteger.ZERO, V4_MAX);

  /** Every IPv6 address. */
  public static final IpRange ALL_V6 = new IpRange(true, BigInteger.ZERO, V6_MAX);

  public boolean contains(IpRange other) {
    return other.v6 == v6 && other.first.compareTo(first) >= 0 && other.last.compareTo(last) <= 0;
  }

  public boolean overlaps(IpRange other) {
    return other.v6 == v6 && other.first.compareTo(last) <= 0 && other.last.compareTo(first) >= 0;
  }

  /** IPv4 ranges first, then by first address, then by last. */
  @Override
  public int compareTo(IpRange o) {
    if (v6 != o.v6) {
      return v6 ? 1 : -1;
    }
    int c = first.compareTo(o.first);
    return c != 0 ? c : last.compareTo(o.last);
  }

  @Override
  public String toString() {
    return IpAddresses.format(v6, first) + "-" + IpAddresses.format(v6, last);
  }
}
