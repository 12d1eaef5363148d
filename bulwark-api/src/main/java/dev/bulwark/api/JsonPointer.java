package dev.bulwark.api;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * An RFC 6901 JSON Pointer into a Kubernetes object, such as {@code /spec/containers/0/image}.
 *
 * <p>Immutable; {@link #toString()} gives the escaped form used in reports and position maps.
 */
public final class JsonPointer implements Comparable<JsonPointer> {
  /** The pointer to the whole document. */
  public static final JsonPointer ROOT = new JsonPointer(null, null, "");

  // A pointer is its parent plus one token. Checks append to pointers constantly, mostly to
  // resolve them against the tree, which needs only the tokens; the escaped text (locations,
  // reports, equality) is built on first use and kept. Racy caching is safe: Strings are immutable.
  private final JsonPointer parent;
  private final String token;
  private String text;
  private List<String> tokens;

  private JsonPointer(JsonPointer parent, String token, String text) {
    this.parent = parent;
    this.token = token;
    this.text = text;
  }

  /** Parses the escaped form; the empty string is the root. */
  public static JsonPointer parse(String pointer) {
    if (pointer.isEmpty()) {
      return ROOT;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("JSON Pointer must start with '/': " + pointer);
    }
    JsonPointer p = ROOT;
    for (String raw : pointer.substring(1).split("/", -1)) {
      p = p.append(raw.replace("~1", "/").replace("~0", "~"));
    }
    return p;
  }

  /** Builds a pointer from unescaped tokens, e.g. {@code of("spec", "containers", "0")}. */
  public static JsonPointer of(String... tokens) {
    return ROOT.append(tokens);
  }

  /** This pointer extended by a field name. */
  public JsonPointer append(String field) {
    return new JsonPointer(this, Objects.requireNonNull(field, "field"), null);
  }

  /** This pointer extended by an array index. */
  public JsonPointer append(int index) {
    return append(Integer.toString(index));
  }

  /** This pointer extended by several field names or indexes, in order. */
  public JsonPointer append(String... fields) {
    JsonPointer p = this;
    for (String f : fields) {
      p = p.append(f);
    }
    return p;
  }

  /**
   * The node this pointer selects in {@code root}, or a missing node: what {@code
   * root.at(toString())} gives, without parsing the text again (checks resolve pointers constantly).
   */
  public JsonNode resolve(JsonNode root) {
    if (parent == null) {
      return root;
    }
    JsonNode container = parent.resolve(root);
    JsonNode child = null;
    if (container.isObject()) {
      child = container.get(token);
    } else if (container.isArray()) {
      int index = arrayIndex(token);
      child = index < 0 ? null : container.get(index);
    }
    return child == null ? MissingNode.getInstance() : child;
  }

  /** An array index as RFC 6901 writes it (digits, no leading zero), or -1 when it is none. */
  static int arrayIndex(String token) {
    int length = token.length();
    if (length == 0 || length > 10 || (token.charAt(0) == '0' && length > 1)) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < length; i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value > Integer.MAX_VALUE ? -1 : (int) value;
  }

  /** The pointer one level up; the root is its own parent. */
  public JsonPointer parent() {
    return parent == null ? this : parent;
  }

  /** Unescaped tokens, outermost first. */
  public List<String> tokens() {
    List<String> t = tokens;
    if (t == null) {
      String[] out = new String[depth()];
      JsonPointer p = this;
      for (int i = out.length - 1; i >= 0; i--) {
        out[i] = p.token;
        p = p.parent;
      }
      t = List.of(out);
      tokens = t;
    }
    return t;
  }

  /** The last token, or {@code null} for the root. */
  public String last() {
    return token;
  }

  private int depth() {
    int d = 0;
    for (JsonPointer p = this; p.parent != null; p = p.parent) {
      d++;
    }
    return d;
  }

  private String text() {
    String t = text;
    if (t == null) {
      String escaped =
          token.indexOf('~') < 0 && token.indexOf('/') < 0
              ? token
              : token.replace("~", "~0").replace("/", "~1");
      t = parent.text() + '/' + escaped;
      text = t;
    }
    return t;
  }

  public boolean isRoot() {
    return parent == null;
  }

  /** True when {@code other} is this pointer or below it. */
  public boolean contains(JsonPointer other) {
    String mine = text();
    String theirs = other.text();
    return theirs.equals(mine)
        || (theirs.startsWith(mine) && theirs.charAt(mine.length()) == '/');
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonPointer p && p.text().equals(text());
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }

  @Override
  public int compareTo(JsonPointer o) {
    return text().compareTo(o.text());
  }

  @Override
  public String toString() {
    return text();
  }
}
