package dev.bulwark.api;

/**
 * A reference to a control of a security framework.
 *
 * @param framework short name: CIS, PSS, NSA, MITRE
 * @param id the control's identifier within it
 */
public record FrameworkRef(String framework, String id) implements Comparable<FrameworkRef> {

  /** Parses {@code FRAMEWORK:ID}. */
  public static FrameworkRef parse(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException("framework reference must be FRAMEWORK:ID, got " + text);
    }
    return new FrameworkRef(text.substring(0, colon), text.substring(colon + 1));
  }

  @Override
  public int compareTo(FrameworkRef o) {
    return toString().compareTo(o.toString());
  }

  @Override
  public String toString() {
    return framework + ":" + id;
  }
}
