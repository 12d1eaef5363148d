package dev.bulwark.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoaderLimitsTest {

  @Test
  void defaults() {
    LoaderLimits limits = LoaderLimits.defaults();
    assertThat(limits.maxAliases()).isEqualTo(50);
    assertThat(limits.maxDepth()).isEqualTo(1000);
    assertThat(limits.maxDocumentBytes()).isEqualTo(32L << 20);
    assertThat(limits.maxFileBytes()).isEqualTo(64L << 20);
    assertThat(limits.maxDocumentsPerFile()).isEqualTo(100_000);
    assertThat(limits.maxNodesPerDocument()).isEqualTo(1_000_000);
  }

  @Test
  void nonPositiveLimitsAreRejected() {
    assertThatThrownBy(() -> LoaderLimits.defaults().withMaxDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDepth");
    assertThatThrownBy(() -> LoaderLimits.defaults().withMaxFileBytes(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void limitsAboveWhatTheLoaderCanHonourAreLowered() {
    LoaderLimits limits =
        LoaderLimits.defaults().withMaxDepth(1_000_000).withMaxFileBytes(8L << 30);
    assertThat(limits.maxDepth()).isEqualTo(LoaderLimits.DEPTH_CEILING);
    assertThat(limits.maxFileBytes()).isEqualTo(LoaderLimits.FILE_BYTES_CEILING);
  }

  @Test
  void sizesReadWell() {
    assertThat(LoaderLimits.describeBytes(12)).isEqualTo("12 bytes");
    assertThat(LoaderLimits.describeBytes(1536)).isEqualTo("1.5 KiB");
    assertThat(LoaderLimits.describeBytes(64L << 20)).isEqualTo("64 MiB");
    assertThat(LoaderLimits.describeBytes(1L << 30)).isEqualTo("1 GiB");
  }
}
