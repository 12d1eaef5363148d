package dev.bulwark.checks.controlplane;

/**
 * One word of a command line and where it was written. Several words share an origin when they come
 * from one shell script string.
 *
 * @param text the word
 * @param origin where it was written
 */
public record ArgvToken(String text, Origin origin) {}
