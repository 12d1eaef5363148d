/**
 * The NetworkPolicy findings of {@code bulwark scan}: namespaces without default-deny, workloads
 * nothing isolates, rules that allow everything or the whole internet, peers that match nothing,
 * and egress restrictions that forget DNS. Each check is one class; {@link
 * dev.bulwark.analysis.netpol.checks.NetpolChecks} registers them.
 */
package dev.bulwark.analysis.netpol.checks;
