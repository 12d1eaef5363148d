package dev.bulwark.checks.pss;

import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One fixture in upstream's layout, {@code <level>/<version>/<pass|fail>/<check><n>.yaml}, and what
 * it expects. Our own fixtures may add a {@code # message: ...} line: the exact denial text.
 */
record PssFixture(
    Resource pod, PssPolicy policy, boolean shouldPass, String checkName, String message) {
  private static final Pattern LAYOUT =
      Pattern.compile(".*/(baseline|restricted)/(v1\\.\\d+)/(pass|fail)/([a-z_]+?)\\d*\\.yaml$");
  private static final Pattern MESSAGE = Pattern.compile("(?m)^# message: (.*)$");

  /** What a denial must mention, by the check a fixture is named after (upstream's harness). */
  private static final Map<String, String> EXPECTED_TEXT =
      Map.ofEntries(
          Map.entry("allowprivilegeescalation", "allowPrivilegeEscalation"),
          Map.entry("apparmorprofile", "forbidden AppArmor profile"),
          Map.entry("capabilities_baseline", "capabilities"),
          Map.entry("capabilities_restricted", "unrestricted capabilities"),
          Map.entry("hostnamespaces", "host namespaces"),
          Map.entry("hostpathvolumes", "hostPath"),
          Map.entry("hostports", "hostPort"),
          Map.entry("hostprobesandhostlifecycle", "probe or lifecycle host"),
          Map.entry("privileged", "privileged"),
          Map.entry("procmount", "procMount"),
          Map.entry("procmount_restricted", "procMount"),
          Map.entry("restrictedvolumes", "restricted volume types"),
          Map.entry("runasnonroot", "runAsNonRoot"),
          Map.entry("runasuser", "runAsUser"),
          Map.entry("selinuxoptions", "seLinuxOptions"),
          Map.entry("seccompprofile_baseline", "seccompProfile"),
          Map.entry("seccompprofile_restricted", "seccompProfile"),
          Map.entry("sysctls", "forbidden sysctl"),
          Map.entry("windowshostprocess", "hostProcess"));

  /** Reads what a loaded fixture expects from its path (and, for our own, its message line). */
  static PssFixture of(Resource pod) {
    Matcher m = LAYOUT.matcher(pod.file().replace('\\', '/'));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not in <level>/<version>/<pass|fail>/ layout: " + pod.file());
    }
    Matcher message = MESSAGE.matcher(read(Path.of(pod.file())));
    return new PssFixture(
        pod,
        PssPolicy.parse(m.group(1), m.group(2)),
        m.group(3).equals("pass"),
        m.group(4),
        message.find() ? message.group(1) : null);
  }

  /** The pod decoded as loaded (a Pod, with Pod-only defaults). */
  PssPod decoded() {
    return PssPod.of(Workloads.podSpec(pod).orElseThrow());
  }

  /** What is wrong with a result, or {@code null} when it is what the fixture expects. */
  String problem(PssResult result) {
    if (shouldPass) {
      return result.allowed() ? null : "expected allowed, got: " + result.message();
    }
    if (result.allowed()) {
      return "expected denied, got allowed";
    }
    if (message != null) {
      return message.equals(result.message())
          ? null
          : "expected message\n    " + message + "\n  got\n    " + result.message();
    }
    String expected = EXPECTED_TEXT.get(checkName);
    if (expected == null || result.message().contains(expected)) {
      return null;
    }
    return "denial does not mention \"" + expected + "\": " + result.message();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
