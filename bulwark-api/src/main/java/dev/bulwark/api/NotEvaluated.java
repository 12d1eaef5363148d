package dev.bulwark.api;

/**
 * A check that could not run on an object because an input was missing.
 *
 * @param check the check id
 * @param object the object, or {@code null} when the check was skipped as a whole
 * @param reason why
 */
public record NotEvaluated(String check, ObjectRef object, String reason) {}
