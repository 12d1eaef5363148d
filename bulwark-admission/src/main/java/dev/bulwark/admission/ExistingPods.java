package dev.bulwark.admission;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The pods that already run in a namespace, for the warnings upstream Pod Security admission gives
 * when a Namespace update tightens its enforce level. Only this lookup does I/O during a review,
 * and only for such Namespace updates.
 */
public interface ExistingPods {

  /** No cluster access: Namespace updates get no existing-pod warnings. */
  ExistingPods NONE =
      new ExistingPods() {
        @Override
        public boolean available() {
          return false;
        }

        @Override
        public List<JsonNode> list(String namespace, Instant deadline) {
          return List.of();
        }
      };

  /** False when there is no cluster to ask; the check is then skipped without a warning. */
  boolean available();

  /**
   * Every pod of the namespace as its JSON object (metadata and spec are read).
   *
   * @param deadline give up (with an exception) when the listing is not complete by then
   * @throws IOException when the pods cannot be listed in time
   */
  List<JsonNode> list(String namespace, Instant deadline) throws IOException;
}
