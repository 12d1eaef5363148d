package dev.bulwark.analysis.netpol;

/**
 * One protocol and port to focus on, written {@code tcp-8080} on the command line.
 *
 * @param protocol the protocol
 * @param port the port
 */
public record FocusConnection(Protocol protocol, int port) {

  /** Parses {@code <protocol>-<port>}; the messages follow netpol-analyzer's. */
  public static FocusConnection parse(String text) {
    String prefix = "invalid connection value for focus-conn: " + text;
    String[] parts = text.split("-", -1);
    if (parts.length != 2) {
      throw new NetpolInputException(prefix + "; must be <protocol-port> format");
    }
    Protocol protocol = Protocol.lookup(parts[0]);
    if (protocol == null) {
      throw new NetpolInputException(prefix + "; unknown protocol: " + parts[0]);
    }
    int port;
    try {
      port = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (port < PortSet.MIN || port > PortSet.MAX) {
      throw new NetpolInputException(prefix + "; invalid port number: " + parts[1]);
    }
    return new FocusConnection(protocol, port);
  }

  public ConnectionSet asConnections() {
    return ConnectionSet.of(protocol, PortSet.of(port));
  }

  /** {@code UDP 52}. */
  @Override
  public String toString() {
    return protocol + " " + port;
  }
}
