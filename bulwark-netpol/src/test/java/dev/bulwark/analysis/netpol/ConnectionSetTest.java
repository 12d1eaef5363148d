package dev.bulwark.analysis.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectionSetTest {

  @Test
  void listFormatSortsProtocolsByName() {
    ConnectionSet c = ConnectionSet.of(Protocol.UDP, PortSet.of(9090))
        .union(ConnectionSet.of(Protocol.TCP, PortSet.range(8080, 8081)))
        .union(ConnectionSet.of(Protocol.SCTP, PortSet.of(7070)));
    assertThat(c.toString()).isEqualTo("SCTP 7070,TCP 8080-8081,UDP 9090");
  }

  @Test
  void everyPortOfEveryProtocolIsAllConnections() {
    ConnectionSet c = ConnectionSet.allOf(Protocol.TCP).union(ConnectionSet.allOf(Protocol.UDP)).union(ConnectionSet.allOf(Protocol.SCTP));
    assertThat(c.isAll()).isTrue();
    assertThat(c.toString()).isEqualTo("All Connections");
    assertThat(ConnectionSet.NONE.toString()).isEqualTo("No Connections");
  }

  @Test
  void allButOnePort() {
    ConnectionSet c = ConnectionSet.ALL.minus(ConnectionSet.of(Protocol.SCTP, PortSet.of(9003)));
    assertThat(c.toString()).isEqualTo("SCTP 1-9002,9004-65535,TCP 1-65535,UDP 1-65535");
  }

  @Test
  void namedPortsStayUnresolvedUntilAProtocolIsFullyOpen() {
    ConnectionSet named = ConnectionSet.named(Protocol.TCP, "http");
    assertThat(named.toString()).isEqualTo("TCP http");
    assertThat(named.union(ConnectionSet.of(Protocol.TCP, PortSet.of(80))).toString()).isEqualTo("TCP 80,http");
    assertThat(named.union(ConnectionSet.allOf(Protocol.TCP)).toString()).isEqualTo("TCP 1-65535");
    assertThat(named.intersect(ConnectionSet.ALL)).isEqualTo(named);
    assertThat(named.intersect(ConnectionSet.of(Protocol.TCP, PortSet.of(80))).isEmpty()).isTrue();
    assertThat(named.minus(ConnectionSet.allOf(Protocol.TCP)).isEmpty()).isTrue();
    assertThat(ConnectionSet.named(null, "dns").toString()).isEqualTo(" dns");
  }
}
