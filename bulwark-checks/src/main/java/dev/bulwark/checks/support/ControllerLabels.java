package dev.bulwark.checks.support;

import dev.bulwark.api.PodSpecRef;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Labels a controller adds to the pods it creates, beyond those of the template, and the values
 * they can take. A Service that selects {@code statefulset.kubernetes.io/pod-name: redis-0} selects
 * the first pod of StatefulSet {@code redis}, though no template says so.
 */
public final class ControllerLabels {
  private static final Pattern ORDINAL = Pattern.compile("\\d+");
  private static final Predicate<String> ANY = v -> true;

  private ControllerLabels() {}

  /** Label key → the values it may have on some pod of this workload. */
  public static Map<String, Predicate<String>> of(PodSpecRef pod) {
    String name = pod.owner().name();
    Map<String, Predicate<String>> labels = new HashMap<>();
    switch (pod.owner().kind()) {
      case "Deployment" -> labels.put("pod-template-hash", ANY);
      case "DaemonSet" -> labels.put("controller-revision-hash", ANY);
      case "StatefulSet" -> {
        labels.put("controller-revision-hash", ANY);
        labels.put(
            "statefulset.kubernetes.io/pod-name",
            v ->
                v.startsWith(name + "-")
                    && ORDINAL.matcher(v.substring(name.length() + 1)).matches());
        labels.put("apps.kubernetes.io/pod-index", v -> ORDINAL.matcher(v).matches());
      }
      case "Job", "CronJob" -> {
        // A CronJob's Jobs are named <cronjob>-<scheduled time>.
        Predicate<String> jobName =
            pod.owner().kind().equals("Job") ? name::equals : v -> v.startsWith(name + "-");
        labels.put("job-name", jobName);
        labels.put("batch.kubernetes.io/job-name", jobName);
        labels.put("controller-uid", ANY);
        labels.put("batch.kubernetes.io/controller-uid", ANY);
        labels.put("batch.kubernetes.io/job-completion-index", v -> ORDINAL.matcher(v).matches());
      }
      default -> {}
    }
    return labels;
  }
}
