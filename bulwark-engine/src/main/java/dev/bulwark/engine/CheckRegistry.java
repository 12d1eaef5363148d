package dev.bulwark.engine;

import dev.bulwark.api.Check;
import dev.bulwark.api.CheckProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Every check Bulwark knows, sorted by id; ids are unique. */
public final class CheckRegistry {
  private final List<RegisteredCheck> checks;
  private final Map<String, RegisteredCheck> byId;

  private CheckRegistry(List<RegisteredCheck> checks) {
    Map<String, RegisteredCheck> ids = new LinkedHashMap<>();
    for (RegisteredCheck c : checks) {
      RegisteredCheck previous = ids.putIfAbsent(c.id(), c);
      if (previous != null) {
        throw new IllegalStateException(
            "check id "
                + c.id()
                + " is declared twice: "
                + previous.check().getClass().getName()
                + " and "
                + c.check().getClass().getName());
      }
    }
    this.checks =
        checks.stream().sorted(Comparator.comparing(RegisteredCheck::id)).toList();
    this.byId = Map.copyOf(ids);
  }

  /** The checks of every {@link CheckProvider} on the class path. */
  public static CheckRegistry discover() {
    List<Check> all = new ArrayList<>();
    for (CheckProvider provider : ServiceLoader.load(CheckProvider.class)) {
      all.addAll(provider.checks());
    }
    return of(all);
  }

  /** A registry of exactly these checks. */
  public static CheckRegistry of(List<? extends Check> checks) {
    return new CheckRegistry(
        checks.stream().map(c -> new RegisteredCheck(c, c.metadata())).toList());
  }

  public List<RegisteredCheck> all() {
    return checks;
  }

  public Optional<RegisteredCheck> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
