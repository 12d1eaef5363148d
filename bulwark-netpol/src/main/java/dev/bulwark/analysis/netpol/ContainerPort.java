package dev.bulwark.analysis.netpol;

/**
 * A port a workload's containers declare; named ports in policies resolve against these.
 *
 * @param name the port name, or {@code null}
 * @param number the container port
 * @param protocol its protocol (TCP when the manifest leaves it out)
 */
public record ContainerPort(String name, int number, Protocol protocol) {}
