package dev.bulwark.analysis.netpol;

/**
 * Input the analysis cannot give a sound answer for: an invalid CIDR, a rule peer with nothing
 * set, two policies with the same name. The message names the object and says what is wrong.
 */
public final class NetpolInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NetpolInputException(String message) {
    super(message);
  }
}
