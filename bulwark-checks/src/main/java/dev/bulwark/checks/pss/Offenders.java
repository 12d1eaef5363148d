package dev.bulwark.checks.pss;

import dev.bulwark.api.JsonPointer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a check objects to: names (containers, volumes) in visit order and the offending fields.
 * Checks create one only at the first offence, so passing pods allocate nothing.
 */
final class Offenders {
  final List<String> names = new ArrayList<>(2);
  final List<JsonPointer> pointers = new ArrayList<>(2);

  /** Records an offending field, creating the collector if needed. */
  static Offenders point(Offenders offenders, JsonPointer pointer) {
    Offenders out = offenders == null ? new Offenders() : offenders;
    out.pointers.add(pointer);
    return out;
  }

  /** Records an offending name (a container or volume listed in the message). */
  static Offenders name(Offenders offenders, String name) {
    Offenders out = offenders == null ? new Offenders() : offenders;
    out.names.add(name);
    return out;
  }

  /** Records a name and its offending field. */
  static Offenders add(Offenders offenders, String name, JsonPointer pointer) {
    return point(name(offenders, name), pointer);
  }
}
