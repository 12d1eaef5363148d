package dev.bulwark.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The immutable set of objects one scan looks at, indexed by kind and by namespace.
 *
 * <p>Resources keep the order they were loaded in: files sorted by path, documents in file order.
 */
public final class Inventory {
  private final List<Resource> resources;
  private final Map<String, List<Resource>> byKind;
  private final Map<String, List<Resource>> byNamespace;
  private final Map<String, Resource> byKey;
  private final Map<String, String> unreadableKinds;
  private final Map<Derived<?>, Object> derivedValues = new ConcurrentHashMap<>();

  /**
   * A value computed from a whole inventory, such as an index a check consults for every object.
   * Declare each as a {@code static final} constant: the instance is the cache key.
   *
   * @param <T> the value's type; it must be immutable, since checks share it across threads
   */
  @FunctionalInterface
  public interface Derived<T> {
    T compute(Inventory inventory);
  }

  private Inventory(List<Resource> resources, Map<String, String> unreadableKinds) {
    this.resources = List.copyOf(resources);
    this.unreadableKinds = Map.copyOf(unreadableKinds);
    Map<String, List<Resource>> kinds = new HashMap<>();
    Map<String, List<Resource>> namespaces = new HashMap<>();
    Map<String, Resource> keys = new LinkedHashMap<>();
    for (Resource r : this.resources) {
      kinds.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
      if (r.namespace() != null) {
        namespaces.computeIfAbsent(r.namespace(), k -> new ArrayList<>()).add(r);
      }
      keys.putIfAbsent(key(r.kind(), r.namespace(), r.name()), r);
    }
    kinds.replaceAll((k, v) -> List.copyOf(v));
    namespaces.replaceAll((k, v) -> List.copyOf(v));
    this.byKind = Map.copyOf(kinds);
    this.byNamespace = Map.copyOf(namespaces);
    this.byKey = keys;
  }

  /** An inventory of the given resources, in the given order. */
  public static Inventory of(Collection<Resource> resources) {
    return new Inventory(new ArrayList<>(resources), Map.of());
  }

  /**
   * An inventory read from a source that could not deliver some kinds (a cluster that denied the
   * LIST of Secrets, say): their absence here says nothing about the cluster.
   *
   * @param unreadableKinds kind (e.g. {@code Secret}) to why it could not be read
   */
  public static Inventory of(Collection<Resource> resources, Map<String, String> unreadableKinds) {
    return new Inventory(new ArrayList<>(resources), unreadableKinds);
  }

  /** An inventory with nothing in it. */
  public static Inventory empty() {
    return new Inventory(List.of(), Map.of());
  }

  /** Kinds the source could not read, each with the reason; empty for files. */
  public Map<String, String> unreadableKinds() {
    return unreadableKinds;
  }

  public List<Resource> all() {
    return resources;
  }

  public int size() {
    return resources.size();
  }

  /** Objects of a kind, e.g. {@code "Deployment"}. */
  public List<Resource> ofKind(String kind) {
    return byKind.getOrDefault(kind, List.of());
  }

  /** Objects whose manifest names this namespace. */
  public List<Resource> inNamespace(String namespace) {
    return byNamespace.getOrDefault(namespace, List.of());
  }

  /** The first object with this kind, namespace (may be {@code null}) and name. */
  public Optional<Resource> find(String kind, String namespace, String name) {
    return Optional.ofNullable(byKey.get(key(kind, namespace, name)));
  }

  /** Kinds present, sorted. */
  public List<String> kinds() {
    return byKind.keySet().stream().sorted(Comparator.naturalOrder()).toList();
  }

  /**
   * The value of a derivation for this inventory, computed on first use and then shared, so a check
   * that needs an index over every object builds it once per scan instead of once per object.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Derived<T> derivation) {
    Object value = derivedValues.get(derivation);
    if (value == null) {
      // Computed outside the map's lock so that one derivation may use another.
      value = derivation.compute(this);
      Object raced = derivedValues.putIfAbsent(derivation, value);
      if (raced != null) {
        value = raced;
      }
    }
    return (T) value;
  }

  private static String key(String kind, String namespace, String name) {
    return kind + '\u0000' + (namespace == null ? "" : namespace) + '\u0000' + name;
  }
}
