package dev.bulwark.api;

/**
 * An object the scan looked at, with where it starts; lets reporters list objects that passed.
 *
 * @param ref the object
 * @param location where its document starts
 */
public record ScannedObject(ObjectRef ref, Location location) implements Comparable<ScannedObject> {

  /** The scanned-object entry of a loaded resource. */
  public static ScannedObject of(Resource resource) {
    return new ScannedObject(resource.ref(), resource.locate(JsonPointer.ROOT));
  }

  @Override
  public int compareTo(ScannedObject o) {
    int c = location.compareTo(o.location);
    return c != 0 ? c : ref.compareTo(o.ref);
  }
}
