package dev.bulwark.analysis.netpol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IpAddressesTest {

  @Test
  void cidrsBecomeRangesWithHostBitsMasked() {
    assertThat(IpAddresses.parseCidr("10.0.0.0/8").toString()).isEqualTo("10.0.0.0-10.255.255.255");
    assertThat(IpAddresses.parseCidr("10.0.0.1/24").toString()).isEqualTo("10.0.0.0-10.0.0.255");
    assertThat(IpAddresses.parseCidr("49.50.4.8/32").toString()).isEqualTo("49.50.4.8-49.50.4.8");
    assertThat(IpAddresses.parseCidr("0.0.0.0/0").toString()).isEqualTo("0.0.0.0-255.255.255.255");
  }

  @Test
  void ipv6() {
    assertThat(IpAddresses.parseCidr("2001:db8::/32").toString()).isEqualTo("2001:db8::-2001:db8:ffff:ffff:ffff:ffff:ffff:ffff");
    assertThat(IpAddresses.parseCidr("::/0").toString()).isEqualTo("::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
    assertThat(IpAddresses.parseCidr("::ffff:10.0.0.1/128").toString()).isEqualTo("::ffff:a00:1-::ffff:a00:1");
    assertThat(IpAddresses.parseCidr("fe80:0:0:1::/64").toString()).startsWith("fe80:0:0:1::-");
  }

  @Test
  void invalidCidrsAreRejectedAsGoRejectsThem() {
    for (String bad : List.of("A", "10.0.0.0", "10.0.0.0/33", "256.0.0.0/8", "010.0.0.0/8", "10.0.0/8", "1::2::3/64", "::/129", "10.0.0.0/08")) {
      assertThatThrownBy(() -> IpAddresses.parseCidr(bad)).as(bad).isInstanceOf(NetpolInputException.class)
          .hasMessageContaining("invalid CIDR address");
    }
  }

  @Test
  void exceptionsCutHoles() {
    IpSet s = IpSet.ofBlock("0.0.0.0/0", List.of("10.0.0.0/8", "172.21.0.0/16"));
    assertThat(s.ranges()).extracting(IpRange::toString)
        .containsExactly("0.0.0.0-9.255.255.255", "11.0.0.0-172.20.255.255", "172.22.0.0-255.255.255.255");
    assertThat(s.contains(IpAddresses.parseCidr("8.8.8.8/32"))).isTrue();
    assertThat(s.contains(IpAddresses.parseCidr("10.1.0.0/16"))).isFalse();
  }

  @Test
  void atomsSplitAtEveryBoundaryAndAddIpv6OnlyWhenNamed() {
    List<IpRange> blocks = IpSet.ofBlock("10.0.0.0/8", List.of("10.1.0.0/16")).ranges();
    assertThat(AddressAtoms.atoms(blocks)).extracting(IpRange::toString).containsExactly(
        "0.0.0.0-9.255.255.255", "10.0.0.0-10.0.255.255", "10.1.0.0-10.1.255.255", "10.2.0.0-10.255.255.255",
        "11.0.0.0-255.255.255.255");
    List<IpRange> v6 = IpSet.ofBlock("2001:db8::/32", List.of()).ranges();
    assertThat(AddressAtoms.atoms(v6)).extracting(IpRange::toString).containsExactly(
        "0.0.0.0-255.255.255.255", "::-2001:db7:ffff:ffff:ffff:ffff:ffff:ffff",
        "2001:db8::-2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", "2001:db9::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
  }
}
