package dev.bulwark.checks.secrets;

import dev.bulwark.api.Category;
import dev.bulwark.api.Check;
import dev.bulwark.api.CheckContext;
import dev.bulwark.api.CheckInfo;
import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Severity;
import dev.bulwark.api.Violation;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.CommandLine;
import dev.bulwark.checks.support.CommandLine.Flag;
import dev.bulwark.checks.support.CommandLine.Word;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Flags credentials written into a container's {@code command} or {@code args}: a known-format
 * token anywhere, or a literal value for a flag named like a credential ({@code --password=…},
 * {@code --token …}, {@code DB_PASSWORD=…} in a shell line).
 *
 * <p>Shell variables ({@code $DB_PASSWORD}) and kubelet references ({@code $(DB_PASSWORD)}) are how
 * secrets should get there and are never flagged. One finding per {@code command}/{@code args}
 * element.
 */
@CheckInfo(
    id = "credential-in-args",
    summary = "Credential written into the container command line",
    description =
        "A password or token on the command line is stored in the workload spec (git, etcd, every"
            + " kubectl get), and at run time it is readable by every process on the node through"
            + " /proc/<pid>/cmdline and shows up in ps output, crash reports and monitoring tools"
            + " that record process arguments.",
    severity = Severity.HIGH,
    category = Category.SECRETS,
    kinds = {CheckInfo.WORKLOADS},
    remediation =
        "Put the credential in a Secret, mount it as a file and pass the file's path (most tools"
            + " have a --password-file style flag), or expose it as an environment variable and"
            + " refer to it as $(VAR); rotate the exposed credential.",
    frameworks = {"MITRE:T1552", "NSA:secrets"})
public final class CredentialInArgs implements Check {
  /** A shell variable: expanded at run time, so not a literal in the manifest. */
  private static final Pattern SHELL_VARIABLE = Pattern.compile("\\$\\{?[A-Za-z_][A-Za-z0-9_]*}?");

  /**
   * Switches that take no value: the word after {@code --enable-auth} is a positional argument, not
   * a password.
   */
  private static final Pattern SWITCH =
      Pattern.compile("(?:enable|disable|use|no|with|without|skip|allow|require)[-_].*");

  private final CredentialDetector detector = CredentialDetector.defaults();

  @Override
  public List<Violation> check(Resource resource, CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    for (ContainerRef container : Workloads.containers(resource)) {
      CommandLine commandLine = CommandLine.of(container);
      // One finding per element, keeping the first reason found for it.
      Map<JsonPointer, String> reasons = new LinkedHashMap<>();
      for (Word word : commandLine.words()) {
        detector
            .find(word.text())
            .ifPresent(
                m ->
                    reasons.putIfAbsent(
                        word.pointer(), "what looks like " + m.format().description()));
      }
      for (Flag flag : commandLine.flags()) {
        if (flag.inlineValue().isEmpty() && SWITCH.matcher(flag.name()).matches()) {
          continue;
        }
        flag.value()
            .filter(value -> !SHELL_VARIABLE.matcher(value.text()).matches())
            .ifPresent(
                value ->
                    detector
                        .assess(flag.name(), value.text())
                        .ifPresent(
                            c ->
                                reasons.putIfAbsent(
                                    value.pointer(), c.describe() + " for " + flag.written())));
      }
      reasons.forEach(
          (pointer, reason) ->
              violations.add(
                  Violation.at(
                      pointer,
                      "%s has %s in its %s",
                      container.describe(),
                      reason,
                      pointer.tokens().get(pointer.tokens().size() - 2))));
    }
    return violations;
  }
}
