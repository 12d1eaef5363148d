package dev.bulwark.checks.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.api.Inventory;
import dev.bulwark.api.Resource;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.ManifestLoader;
import java.util.List;

/** Loads inline YAML with the production loader, for table tests. */
public final class Manifests {
  private Manifests() {}

  /** The objects of a YAML text given as lines; the text must load without errors. */
  public static List<Resource> load(String... lines) {
    LoadResult loaded =
        new ManifestLoader().loadString("test.yaml", String.join("\n", lines) + "\n");
    assertThat(loaded.diagnostics()).isEmpty();
    return loaded.resources();
  }

  public static Resource one(String... lines) {
    List<Resource> resources = load(lines);
    assertThat(resources).hasSize(1);
    return resources.get(0);
  }

  public static Inventory inventory(String... lines) {
    return Inventory.of(load(lines));
  }

  /** A static pod running {@code binary} with the given command-line words after it. */
  public static Resource staticPod(String binary, String... words) {
    StringBuilder yaml =
        new StringBuilder(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: "
                + binary
                + "\n  namespace: kube-system\nspec:\n  containers:\n"
                + "  - name: "
                + binary
                + "\n    image: registry.k8s.io/"
                + binary
                + ":v1.32.2\n    command:\n    - "
                + binary
                + "\n");
    for (String word : words) {
      yaml.append("    - '").append(word.replace("'", "''")).append("'\n");
    }
    return one(yaml.toString());
  }
}
