package dev.bulwark.report;

import dev.bulwark.api.Severity;

/** ANSI SGR colouring that turns into plain text when colour is off. */
final class Ansi {

  static final String BOLD = "1";
  static final String DIM = "2";
  static final String RED = "31";
  static final String YELLOW = "33";

  private final boolean enabled;

  Ansi(boolean enabled) {
    this.enabled = enabled;
  }

  /** The text wrapped in the SGR code and a reset, or unchanged when colour is off. */
  String paint(String text, String code) {
    return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }

  /** Critical stands out from high; info stays quiet. */
  static String of(Severity severity) {
    return switch (severity) {
      case CRITICAL -> "1;31";
      case HIGH -> "31";
      case MEDIUM -> "33";
      case LOW -> "36";
      case INFO -> "2";
    };
  }
}
