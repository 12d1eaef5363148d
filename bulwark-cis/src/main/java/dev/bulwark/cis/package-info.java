/**
 * {@code bulwark cis}: assesses a cluster against the CIS Kubernetes Benchmark from its manifests
 * and, when a node's filesystem is mounted, from that node's files and running processes. The items
 * and their evaluation live in {@code dev.bulwark.checks.controlplane.cis}; this package does the
 * I/O (node root, {@code /proc}) and writes the reports.
 */
package dev.bulwark.cis;
