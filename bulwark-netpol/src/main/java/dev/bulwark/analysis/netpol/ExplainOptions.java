package dev.bulwark.analysis.netpol;

/**
 * What {@code netpol list --explain} shows.
 *
 * @param only {@code allow} or {@code deny} to keep that half, or {@code null} for both
 * @param focusConnection explain only this protocol and port, or {@code null}
 */
public record ExplainOptions(String only, FocusConnection focusConnection) {
  public static final ExplainOptions ALL = new ExplainOptions(null, null);

  public ExplainOptions {
    if (only != null && !only.equals("allow") && !only.equals("deny")) {
      throw new NetpolInputException("invalid explain only value: " + only + "; value must be one of [allow, deny]");
    }
  }
}
