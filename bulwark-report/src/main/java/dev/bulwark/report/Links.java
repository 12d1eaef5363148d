package dev.bulwark.report;

/**
 * Where reports point readers for more. One place, so that the project's final address is changed
 * once; check pages are the ones {@code docs/checks/} generates from the metadata.
 */
final class Links {

  static final String PROJECT = "https://github.com/bulwark-dev/bulwark";

  private Links() {}

  /** The documentation page of a check. */
  static String check(String id) {
    return PROJECT + "/blob/main/docs/checks/" + id + ".md";
  }
}
