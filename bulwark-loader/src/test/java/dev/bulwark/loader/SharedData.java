package dev.bulwark.loader;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared test data (conformance suites, corpus) lives, from system properties. */
final class SharedData {
  private SharedData() {}

  /** The folder named by {@code property}, or by {@code fallback} below the repository root. */
  static Path folder(String property, String fallback) {
    String configured = System.getProperty(property);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    Path repo = Path.of(System.getProperty("bulwark.repo.dir", ".."));
    return repo.resolve(fallback).normalize();
  }

  static boolean exists(Path folder) {
    return Files.isDirectory(folder);
  }
}
