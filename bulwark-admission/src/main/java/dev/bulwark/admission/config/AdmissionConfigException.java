package dev.bulwark.admission.config;

import java.util.List;

/** The admission config file cannot be used; the message lists every problem as file:line:col. */
public final class AdmissionConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public AdmissionConfigException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem as {@code file:line:column: message}. */
  public List<String> problems() {
    return problems;
  }
}
