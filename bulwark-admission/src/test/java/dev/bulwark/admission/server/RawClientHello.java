package dev.bulwark.admission.server;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.security.SecureRandom;

/**
 * Sends a hand-built TLS ClientHello offering exactly one protocol version and reports how the
 * server replies. Independent of the JDK's own client protocol settings.
 */
final class RawClientHello {
  static final int TLS_1_0 = 0x0301;
  static final int TLS_1_1 = 0x0302;
  static final int TLS_1_2 = 0x0303;

  /** What came back. */
  enum Reply {
    SERVER_HELLO,
    REFUSED
  }

  private RawClientHello() {}

  static Reply send(int port, int version) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(record(hello(version)));
      socket.getOutputStream().flush();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      int contentType;
      try {
        contentType = in.readUnsignedByte();
      } catch (EOFException | java.net.SocketException closed) {
        return Reply.REFUSED;
      }
      in.readUnsignedShort(); // record version
      in.readUnsignedShort(); // length
      int handshakeType = in.readUnsignedByte();
      if (contentType == 0x16 && handshakeType == 0x02) {
        in.readUnsignedByte();
        in.readUnsignedShort(); // handshake length
        int serverVersion = in.readUnsignedShort();
        if (serverVersion != version) {
          throw new IOException("server answered version " + Integer.toHexString(serverVersion));
        }
        return Reply.SERVER_HELLO;
      }
      if (contentType == 0x15) {
        return Reply.REFUSED; // alert, e.g. protocol_version or handshake_failure
      }
      throw new IOException("unexpected TLS record type " + contentType);
    }
  }

  private static byte[] hello(int version) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    u16(body, version);
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    body.writeBytes(random);
    body.write(0); // no session id
    int[] suites =
        version >= TLS_1_2
            ? new int[] {0xC02B, 0xC02F, 0xC02C, 0xC030}
            : new int[] {0xC009, 0xC00A, 0xC013, 0xC014, 0x002F, 0x0035};
    u16(body, suites.length * 2);
    for (int suite : suites) {
      u16(body, suite);
    }
    body.write(1);
    body.write(0); // null compression
    ByteArrayOutputStream extensions = new ByteArrayOutputStream();
    extension(extensions, 0x000a, new byte[] {0, 4, 0, 0x17, 0, 0x18}); // groups: P-256, P-384
    extension(extensions, 0x000b, new byte[] {1, 0}); // point formats: uncompressed
    if (version >= TLS_1_2) {
      // signature algorithms: ecdsa_secp256r1_sha256, rsa_pss_rsae_sha256, rsa_pkcs1_sha256
      extension(extensions, 0x000d, new byte[] {0, 6, 4, 3, 8, 4, 4, 1});
    }
    u16(body, extensions.size());
    body.writeBytes(extensions.toByteArray());
    ByteArrayOutputStream handshake = new ByteArrayOutputStream();
    handshake.write(0x01); // ClientHello
    u24(handshake, body.size());
    handshake.writeBytes(body.toByteArray());
    return handshake.toByteArray();
  }

  private static byte[] record(byte[] handshake) {
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    record.write(0x16);
    u16(record, TLS_1_0);
    u16(record, handshake.length);
    record.writeBytes(handshake);
    return record.toByteArray();
  }

  private static void extension(ByteArrayOutputStream out, int type, byte[] data) {
    u16(out, type);
    u16(out, data.length);
    out.writeBytes(data);
  }

  private static void u16(ByteArrayOutputStream out, int value) {
    out.write(value >>> 8);
    out.write(value);
  }

  private static void u24(ByteArrayOutputStream out, int value) {
    out.write(value >>> 16);
    u16(out, value);
  }
}
