package dev.bulwark.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An RFC 6901 JSON Pointer into a Kubernetes object, such as {@code /spec/containers/0/image}.
 *
 * <p>Immutable; {@link #toString()} gives the escaped form used in reports and position maps.
 */
public final class JsonPointer implements Comparable<JsonPointer> {
  /** The pointer to the whole document. */
  public static final JsonPointer ROOT = new JsonPointer(List.of());

  private final List<String> tokens;
  private final String text;

  private JsonPointer(List<String> tokens) {
    this.tokens = tokens;
    StringBuilder sb = new StringBuilder();
    for (String t : tokens) {
      sb.append('/').append(t.replace("~", "~0").replace("/", "~1"));
    }
    this.text = sb.toString();
  }

  /** Parses the escaped form; the empty string is the root. */
  public static JsonPointer parse(String pointer) {
    if (pointer.isEmpty()) {
      return ROOT;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("JSON Pointer must start with '/': " + pointer);
    }
    List<String> tokens = new ArrayList<>();
    for (String raw : pointer.substring(1).split("/", -1)) {
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return new JsonPointer(Collections.unmodifiableList(tokens));
  }

  /** Builds a pointer from unescaped tokens, e.g. {@code of("spec", "containers", "0")}. */
  public static JsonPointer of(String... tokens) {
    return new JsonPointer(List.of(tokens));
  }

  /** This pointer extended by a field name. */
  public JsonPointer append(String field) {
    List<String> next = new ArrayList<>(tokens.size() + 1);
    next.addAll(tokens);
    next.add(field);
    return new JsonPointer(Collections.unmodifiableList(next));
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

  /** The pointer one level up; the root is its own parent. */
  public JsonPointer parent() {
    return tokens.isEmpty() ? this : new JsonPointer(tokens.subList(0, tokens.size() - 1));
  }

  /** Unescaped tokens, outermost first. */
  public List<String> tokens() {
    return tokens;
  }

  public boolean isRoot() {
    return tokens.isEmpty();
  }

  /** True when {@code other} is this pointer or below it. */
  public boolean contains(JsonPointer other) {
    return other.tokens.size() >= tokens.size()
        && other.tokens.subList(0, tokens.size()).equals(tokens);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonPointer p && p.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public int compareTo(JsonPointer o) {
    return text.compareTo(o.text);
  }

  @Override
  public String toString() {
    return text;
  }
}
