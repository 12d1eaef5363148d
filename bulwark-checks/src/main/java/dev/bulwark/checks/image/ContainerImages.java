package dev.bulwark.checks.image;

import dev.bulwark.api.ContainerRef;
import dev.bulwark.api.JsonPointer;
import dev.bulwark.api.Resource;
import dev.bulwark.api.Workloads;
import dev.bulwark.checks.support.JsonValues;
import java.util.List;
import java.util.Optional;

/**
 * The images of a workload's containers, parsed. Containers without an image, or with one a runtime
 * would refuse, are left out: they are the business of checks about malformed specs.
 */
public final class ContainerImages {
  private ContainerImages() {}

  /**
   * One container's image.
   *
   * @param container the container
   * @param image the parsed reference
   * @param pointer the {@code image} field
   */
  public record ContainerImage(ContainerRef container, ImageReference image, JsonPointer pointer) {}

  /** Every container with a well-formed image, in container order. */
  public static List<ContainerImage> of(Resource resource) {
    return Workloads.containers(resource).stream()
        .map(c -> parse(resource, c))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<ContainerImage> parse(Resource resource, ContainerRef container) {
    JsonPointer field = container.field("image");
    return JsonValues.string(resource.at(field))
        .flatMap(ImageReference::parse)
        .map(image -> new ContainerImage(container, image, field));
  }
}
