package dev.bulwark.analysis.netpol;

/**
 * One line of a connection listing.
 *
 * @param src where the connection starts
 * @param dst where it goes
 * @param connections what is allowed (never empty)
 * @param text {@code connections} in list format, e.g. {@code TCP 8080,UDP 53}
 */
public record ConnectionLine(Peer src, Peer dst, ConnectionSet connections, String text) {}
