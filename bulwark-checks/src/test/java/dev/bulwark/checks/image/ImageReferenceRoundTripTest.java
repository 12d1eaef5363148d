package dev.bulwark.checks.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Round-trip properties of the image reference parser over generated inputs. Seeded, so a failure
 * names the case and reproduces on every run.
 */
class ImageReferenceRoundTripTest {
  private static final long SEED = 0xB01_3A2CL;
  private static final int CASES = 5_000;

  /** Any reference built from valid parts parses back into the same parts. */
  @Test
  void writtenReferencesParseBackToTheirParts() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < CASES; i++) {
      String registry = random.nextInt(10) < 3 ? null : registry(random);
      String repository = repository(random, registry == null);
      String tag = random.nextBoolean() ? null : tag(random);
      String digest =
          random.nextBoolean() ? null : "sha256:" + chars(random, "0123456789abcdef", 64);
      ImageReference ref = ImageReference.of(registry, repository, tag, digest);
      assertThat(ImageReference.parse(ref.toString())).as("case %d: %s", i, ref).contains(ref);
    }
  }

  /** Whatever text parses, writing it back out gives exactly that text. */
  @Test
  void parsingNeverChangesTheText() {
    SplittableRandom random = new SplittableRandom(SEED);
    int parsed = 0;
    for (int i = 0; i < CASES * 4; i++) {
      String text = chars(random, "abz09.:/@_-Ash256[]", random.nextInt(41));
      Optional<ImageReference> ref = ImageReference.parse(text);
      if (ref.isPresent()) {
        parsed++;
        assertThat(ref.get()).as("case %d", i).hasToString(text);
      }
    }
    // The generator must actually reach the parser's accepting paths.
    assertThat(parsed).isGreaterThan(CASES / 10);
  }

  /** A registry the parser recognises as one: it has a dot or a port, or is localhost. */
  private static String registry(SplittableRandom random) {
    String port = random.nextBoolean() ? "" : ":" + (1 + random.nextInt(65535));
    return switch (random.nextInt(3)) {
      case 0 -> "localhost" + port;
      case 1 -> labels(random) + ".example.com" + port;
      default -> labels(random) + (port.isEmpty() ? ".io" : port);
    };
  }

  private static String labels(SplittableRandom random) {
    List<String> labels = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      labels.add(chars(random, "abcxyz0189", 1 + random.nextInt(8)));
    }
    return String.join(".", labels);
  }

  /**
   * A repository path; without a registry, its first component must not look like a host, or it
   * would (rightly) be read as one.
   */
  private static String repository(SplittableRandom random, boolean firstMayNotLookLikeHost) {
    String[] separators = {".", "_", "__", "-", "--"};
    List<String> components = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      String component = chars(random, "abc0189", 1 + random.nextInt(6));
      if (random.nextBoolean()) {
        String separator = separators[random.nextInt(separators.length)];
        if (i == 0 && n > 1 && firstMayNotLookLikeHost && separator.equals(".")) {
          separator = "_";
        }
        component += separator + chars(random, "abc0189", 1 + random.nextInt(6));
      }
      components.add(component);
    }
    return String.join("/", components);
  }

  private static String tag(SplittableRandom random) {
    return chars(random, "abcXYZ019_", 1) + chars(random, "abcXYZ019_.-", random.nextInt(20));
  }

  private static String chars(SplittableRandom random, String alphabet, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
