package dev.bulwark.analysis.netpol;

/** The transport protocols a NetworkPolicy can name. */
public enum Protocol {
  TCP,
  UDP,
  SCTP;

  /** Parses a Kubernetes protocol value; {@code null} or empty means TCP, the API default. */
  public static Protocol parse(String text) {
    if (text == null || text.isEmpty()) {
      return TCP;
    }
    for (Protocol p : values()) {
      if (p.name().equals(text)) {
        return p;
      }
    }
    throw new NetpolInputException("unsupported protocol \"" + text + "\" (expected TCP, UDP or SCTP)");
  }

  /** Case-insensitive lookup for command-line values such as {@code tcp}; null when unknown. */
  public static Protocol lookup(String text) {
    for (Protocol p : values()) {
      if (p.name().equalsIgnoreCase(text)) {
        return p;
      }
    }
    return null;
  }
}
