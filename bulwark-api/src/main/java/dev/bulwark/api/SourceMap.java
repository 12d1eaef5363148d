package dev.bulwark.api;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of one document sits in its file: JSON Pointer → line and column.
 *
 * <p>For a mapping entry the position is that of its key, so a finding on {@code
 * /spec/containers/0/securityContext/privileged} points at the line that says {@code privileged:}.
 * Positions are packed into longs because a large scan holds hundreds of thousands of them.
 */
public final class SourceMap {
  /** A map with no positions: every lookup falls back to the file itself. */
  public static final SourceMap EMPTY = new SourceMap("", Map.of());

  private final String file;
  private final Map<String, Long> positions;

  private SourceMap(String file, Map<String, Long> positions) {
    this.file = file;
    this.positions = positions;
  }

  /** Starts a map for the given file name. */
  public static Builder builder(String file) {
    return new Builder(file);
  }

  /** The file these positions belong to. */
  public String file() {
    return file;
  }

  /**
   * The location of the pointer, or of its nearest ancestor that has one; a field that is absent
   * from the manifest (a missing {@code securityContext}, say) is reported where it should go.
   */
  public Location locate(JsonPointer pointer) {
    JsonPointer p = pointer;
    while (true) {
      Long packed = positions.get(p.toString());
      if (packed != null) {
        return new Location(file, (int) (packed >>> 32), (int) (long) packed);
      }
      if (p.isRoot()) {
        return Location.ofFile(file);
      }
      p = p.parent();
    }
  }

  /** True when the manifest itself has this exact field. */
  public boolean has(JsonPointer pointer) {
    return positions.containsKey(pointer.toString());
  }

  /** Number of recorded positions. */
  public int size() {
    return positions.size();
  }

  /** Collects positions while a document is read. */
  public static final class Builder {
    private final String file;
    private final Map<String, Long> positions = new HashMap<>();

    private Builder(String file) {
      this.file = file;
    }

    /** Records a 1-based line and column for a pointer. */
    public Builder put(JsonPointer pointer, int line, int column) {
      positions.put(pointer.toString(), ((long) line << 32) | (column & 0xffffffffL));
      return this;
    }

    /** A copy of this map rebased at {@code prefix}: used when a List item becomes a resource. */
    public SourceMap buildBelow(JsonPointer prefix) {
      Map<String, Long> sub = new HashMap<>();
      String p = prefix.toString();
      positions.forEach(
          (k, v) -> {
            if (k.equals(p)) {
              sub.put("", v);
            } else if (k.startsWith(p + "/")) {
              sub.put(k.substring(p.length()), v);
            }
          });
      return new SourceMap(file, sub);
    }

    public SourceMap build() {
      return new SourceMap(file, Map.copyOf(positions));
    }
  }
}
