package dev.bulwark.api;

/**
 * Why a finding is suppressed.
 *
 * @param reason the reason the user gave
 * @param source where the suppression came from, e.g. {@code annotation} or {@code config}
 */
public record Suppression(String reason, String source) {}
