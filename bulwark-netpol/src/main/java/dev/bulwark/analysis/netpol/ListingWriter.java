package dev.bulwark.analysis.netpol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Writes a connection listing as lines arrive, then an optional exposure report; byte for byte
 * what netpol-analyzer writes for the same result.
 */
public abstract class ListingWriter implements Consumer<ConnectionLine> {
  private final Appendable out;

  ListingWriter(Appendable out) {
    this.out = out;
  }

  /** Ends the output; {@code exposure} is null unless exposure analysis was asked for. */
  public abstract void finish(ExposureReport exposure);

  final void write(String s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
