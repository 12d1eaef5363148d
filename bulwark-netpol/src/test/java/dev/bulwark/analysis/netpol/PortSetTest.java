package dev.bulwark.analysis.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortSetTest {

  @Test
  void neighbouringPortsMerge() {
    assertThat(PortSet.of(8081).union(PortSet.of(8082)).toString()).isEqualTo("8081-8082");
    assertThat(PortSet.of(80).union(PortSet.of(8080)).toString()).isEqualTo("80,8080");
  }

  @Test
  void complementAndMinus() {
    assertThat(PortSet.of(9555).complement().toString()).isEqualTo("1-9554,9556-65535");
    assertThat(PortSet.ALL.minus(PortSet.range(1, 65534)).toString()).isEqualTo("65535");
    assertThat(PortSet.range(10, 20).minus(PortSet.range(12, 14)).toString()).isEqualTo("10-11,15-20");
  }

  @Test
  void rangesAreClippedAndFullRangeIsAll() {
    assertThat(PortSet.range(0, 70000).isAll()).isTrue();
    assertThat(PortSet.range(5, 4).isEmpty()).isTrue();
    assertThat(PortSet.range(1, 100).union(PortSet.range(101, 65535))).isSameAs(PortSet.ALL);
  }

  @Test
  void intersect() {
    PortSet a = PortSet.range(1, 100).union(PortSet.range(200, 300));
    PortSet b = PortSet.range(50, 250);
    assertThat(a.intersect(b).toString()).isEqualTo("50-100,200-250");
    assertThat(a.contains(250)).isTrue();
    assertThat(a.contains(150)).isFalse();
  }
}
