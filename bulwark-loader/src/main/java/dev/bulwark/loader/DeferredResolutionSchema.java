package dev.bulwark.loader;

import java.util.Map;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * A snakeyaml-engine schema that resolves nothing: it only marks plain untagged scalars with {@link
 * #PLAIN}, so that {@link TreeBuilder} can resolve them by Kubernetes' rules (see {@link
 * KubernetesScalars}) instead of snakeyaml-engine's YAML 1.2 JSON schema. It also saves the
 * engine's per-scalar regular expressions.
 */
final class DeferredResolutionSchema implements Schema {
  /** Tag of a plain scalar that had no tag in the source: its type is still to be decided. */
  static final Tag PLAIN = new Tag("tag:bulwark.dev,2025:unresolved-plain");

  private static final ScalarResolver RESOLVER =
      (value, implicit) -> Boolean.TRUE.equals(implicit) ? PLAIN : Tag.STR;

  @Override
  public ScalarResolver getScalarResolver() {
    return RESOLVER;
  }

  @Override
  public Map<Tag, ConstructNode> getSchemaTagConstructors() {
    return Map.of();
  }
}
