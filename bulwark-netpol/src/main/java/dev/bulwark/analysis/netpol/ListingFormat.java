package dev.bulwark.analysis.netpol;

import java.util.Locale;

/** The output formats of {@code netpol list}, those of {@code netpol-analyzer list}. */
public enum ListingFormat {
  TXT,
  JSON,
  CSV,
  MD,
  DOT;

  /** Parses {@code txt}, {@code json}, {@code csv}, {@code md} or {@code dot}. */
  public static ListingFormat parse(String text) {
    try {
      return valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new NetpolInputException("invalid output format \"" + text + "\" (expected txt, json, csv, md or dot)");
    }
  }

  /**
   * A writer of this format onto {@code out}; {@code nodes} are the workloads a graph shows
   * even without connections.
   */
  public ListingWriter writer(Appendable out, FocusConnection focus, java.util.List<Peer> nodes) {
    return switch (this) {
      case TXT -> new TxtListingWriter(out, focus);
      case JSON -> new JsonListingWriter(out, focus);
      case CSV -> new CsvListingWriter(out, focus);
      case MD -> new MdListingWriter(out, focus);
      case DOT -> new DotListingWriter(out, nodes);
    };
  }
}
