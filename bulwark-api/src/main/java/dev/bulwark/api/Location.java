package dev.bulwark.api;

/**
 * A place in a source file. Lines and columns are 1-based; {@code line == 0} means the file as a
 * whole (for example stdin that failed before any line was read).
 *
 * @param file the path as given on the command line, {@code -} for stdin, or a cluster URI
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

  /** A location that names only the file. */
  public static Location ofFile(String file) {
    return new Location(file, 0, 0);
  }

  @Override
  public int compareTo(Location o) {
    int c = file.compareTo(o.file);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column : file;
  }
}
