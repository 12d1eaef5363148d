package dev.bulwark.loader;

import dev.bulwark.api.JsonPointer;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shared {@link JsonPointer} instances by their text. Manifests repeat the same paths ({@code
 * /metadata/name}, {@code /spec/template/spec/containers/0/image}) in every document, and parsing a
 * pointer for every position was a third of the loader's time; a lookup is a hash. Sharing also
 * lets every {@link dev.bulwark.api.SourceMap} reuse the same key strings. Bounded: once full,
 * further pointers are parsed without being kept.
 */
final class PointerCache {
  private static final int CAPACITY = 50_000;
  private static final ConcurrentHashMap<String, JsonPointer> POINTERS = new ConcurrentHashMap<>();

  private PointerCache() {}

  static JsonPointer pointer(String text) {
    JsonPointer cached = POINTERS.get(text);
    if (cached != null) {
      return cached;
    }
    JsonPointer parsed = JsonPointer.parse(text);
    if (POINTERS.size() < CAPACITY) {
      POINTERS.putIfAbsent(text, parsed);
    }
    return parsed;
  }
}
