package dev.bulwark.checks.support;

import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.PodSpecRef;
import java.util.Optional;

/** Which ServiceAccount a pod runs as. */
public final class ServiceAccounts {
  /** The account a pod gets when its spec names none. */
  public static final String DEFAULT = "default";

  private ServiceAccounts() {}

  /**
   * The ServiceAccount a pod spec runs as.
   *
   * @param name the account's name
   * @param pointer the field that named it, or empty when the pod gets the namespace's default
   */
  public record Account(String name, Optional<JsonPointer> pointer) {

    public boolean isDefault() {
      return name.equals(DEFAULT);
    }
  }

  /**
   * The account as the API server settles it: {@code serviceAccountName}; when that is empty, the
   * deprecated {@code serviceAccount} alias; when both are, {@code default} (which the
   * ServiceAccount admission plugin fills in).
   */
  public static Account of(PodSpecRef pod) {
    for (String field : new String[] {"serviceAccountName", "serviceAccount"}) {
      Optional<String> name = JsonValues.string(pod.spec().path(field)).filter(n -> !n.isEmpty());
      if (name.isPresent()) {
        return new Account(name.get(), Optional.of(pod.field(field)));
      }
    }
    return new Account(DEFAULT, Optional.empty());
  }
}
