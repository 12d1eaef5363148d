package dev.bulwark.loader;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * A problem that ends the reading of one document, with its 1-based place in the file. Thrown
 * inside the loader only and always turned into a diagnostic; it carries no stack trace because it
 * is data, not a bug.
 */
final class LoadProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  LoadProblem(String message, int line, int column) {
    super(message, null, false, false);
    this.line = line;
    this.column = column;
  }

  /** A problem at a snakeyaml mark of a document whose first line is {@code firstLine}. */
  static LoadProblem at(String message, Optional<Mark> mark, int firstLine) {
    return mark.map(m -> new LoadProblem(message, firstLine + m.getLine(), m.getColumn() + 1))
        .orElseGet(() -> new LoadProblem(message, firstLine, 1));
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }
}
