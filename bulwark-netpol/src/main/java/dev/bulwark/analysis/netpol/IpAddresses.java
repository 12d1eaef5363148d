package dev.bulwark.analysis.netpol;

import java.math.BigInteger;

/** Parsing and printing of IPv4 and IPv6 addresses and CIDRs, as strict as Go's {@code net}. */
final class IpAddresses {
  private IpAddresses() {}

  /** Parses {@code 10.0.0.0/8} or {@code 2001:db8::/32}; host bits are masked, as Go does. */
  static IpRange parseCidr(String cidr) {
    int slash = cidr.indexOf('/');
    if (slash < 0) {
      throw invalid();
    }
    String address = cidr.substring(0, slash);
    String prefixText = cidr.substring(slash + 1);
    boolean v6 = address.indexOf(':') >= 0;
    BigInteger value = v6 ? parseV6(address) : parseV4(address);
    int bits = v6 ? 128 : 32;
    if (prefixText.isEmpty() || prefixText.length() > 3 || !prefixText.chars().allMatch(Character::isDigit)
        || (prefixText.length() > 1 && prefixText.charAt(0) == '0')) {
      throw invalid();
    }
    int prefix = Integer.parseInt(prefixText);
    if (prefix > bits) {
      throw invalid();
    }
    BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
    BigInteger first = value.andNot(hostMask);
    return new IpRange(v6, first, first.or(hostMask));
  }

  private static NetpolInputException invalid() {
    return new NetpolInputException("invalid CIDR address");
  }

  private static BigInteger parseV4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      throw invalid();
    }
    long value = 0;
    for (String part : parts) {
      value = (value << 8) | octet(part);
    }
    return BigInteger.valueOf(value);
  }

  private static int octet(String part) {
    if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
        || (part.length() > 1 && part.charAt(0) == '0')) {
      throw invalid();
    }
    int v = Integer.parseInt(part);
    if (v > 255) {
      throw invalid();
    }
    return v;
  }

  private static BigInteger parseV6(String text) {
    int[] groups = new int[8];
    int doubleColon = text.indexOf("::");
    if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
      throw invalid();
    }
    String head = doubleColon >= 0 ? text.substring(0, doubleColon) : text;
    String tail = doubleColon >= 0 ? text.substring(doubleColon + 2) : "";
    int[] headGroups = v6Groups(head, doubleColon < 0);
    int[] tailGroups = doubleColon >= 0 ? v6Groups(tail, true) : new int[0];
    int total = headGroups.length + tailGroups.length;
    if (doubleColon < 0 ? total != 8 : total > 7) {
      throw invalid();
    }
    System.arraycopy(headGroups, 0, groups, 0, headGroups.length);
    System.arraycopy(tailGroups, 0, groups, 8 - tailGroups.length, tailGroups.length);
    BigInteger value = BigInteger.ZERO;
    for (int g : groups) {
      value = value.shiftLeft(16).or(BigInteger.valueOf(g));
    }
    return value;
  }

  /** Groups of one side of {@code ::}; the last may be a dotted IPv4 address (two groups). */
  private static int[] v6Groups(String text, boolean mayEndInV4) {
    if (text.isEmpty()) {
      return new int[0];
    }
    String[] parts = text.split(":", -1);
    int[] out = new int[parts.length + 1];
    int n = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (i == parts.length - 1 && mayEndInV4 && part.indexOf('.') >= 0) {
        long v4 = parseV4(part).longValue();
        out[n++] = (int) (v4 >>> 16);
        out[n++] = (int) (v4 & 0xffff);
        continue;
      }
      if (part.isEmpty() || part.length() > 4) {
        throw invalid();
      }
      for (int c = 0; c < part.length(); c++) {
        if (Character.digit(part.charAt(c), 16) < 0) {
          throw invalid();
        }
      }
      out[n++] = Integer.parseInt(part, 16);
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** Dotted quad for IPv4; RFC 5952 text (lower case, longest zero run as {@code ::}) for IPv6. */
  static String format(boolean v6, BigInteger value) {
    if (!v6) {
      long v = value.longValue();
      return ((v >>> 24) & 0xff) + "." + ((v >>> 16) & 0xff) + "." + ((v >>> 8) & 0xff) + "." + (v & 0xff);
    }
    int[] groups = new int[8];
    BigInteger rest = value;
    for (int i = 7; i >= 0; i--) {
      groups[i] = rest.intValue() & 0xffff;
      rest = rest.shiftRight(16);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLength - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(groups[i]));
    }
    return sb.toString();
  }
}
