package dev.bulwark.admission.server;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;

/** A throw-away CA that issues server certificates for 127.0.0.1/localhost, made at test time. */
final class TestPki {
  private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

  private final KeyPair caKeys;
  private final X509Certificate caCert;

  private TestPki(KeyPair caKeys, X509Certificate caCert) {
    this.caKeys = caKeys;
    this.caCert = caCert;
  }

  static TestPki create() throws Exception {
    KeyPair keys = ecKeys();
    X500Name name = new X500Name("CN=bulwark test CA");
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name,
            serial(),
            Date.from(now.minusSeconds(60)),
            Date.from(now.plus(Duration.ofDays(1))),
            name,
            keys.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
    builder.addExtension(
        Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    return new TestPki(keys, sign(builder, keys.getPrivate()));
  }

  /** A server pair valid now for a day. */
  Issued issue(String commonName) throws Exception {
    Instant now = Instant.now();
    return issue(commonName, now.minusSeconds(60), now.plus(Duration.ofDays(1)));
  }

  Issued issue(String commonName, Instant notBefore, Instant notAfter) throws Exception {
    KeyPair keys = ecKeys();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            new X500Name("CN=bulwark test CA"),
            serial(),
            Date.from(notBefore),
            Date.from(notAfter),
            new X500Name("CN=" + commonName),
            keys.getPublic());
    builder.addExtension(
        Extension.subjectAlternativeName,
        false,
        new GeneralNames(
            new GeneralName[] {
              new GeneralName(GeneralName.dNSName, "localhost"),
              new GeneralName(GeneralName.iPAddress, "127.0.0.1")
            }));
    return new Issued(sign(builder, caKeys.getPrivate()), keys.getPrivate(), caCert);
  }

  /** A client TLS context trusting only this CA. */
  SSLContext clientContext() throws Exception {
    return clientContext("TLS");
  }

  SSLContext clientContext(String protocol) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("ca", caCert);
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance(protocol);
    context.init(null, factory.getTrustManagers(), new SecureRandom());
    return context;
  }

  private static KeyPair ecKeys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static BigInteger serial() {
    return BigInteger.valueOf(SERIALS.incrementAndGet());
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
      throws Exception {
    ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(key);
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
  }

  static InetAddress loopback() throws IOException {
    return InetAddress.getByName("127.0.0.1");
  }

  /** An issued server certificate with its key and issuer. */
  record Issued(X509Certificate cert, PrivateKey key, X509Certificate issuer) {
    String serialHex() {
      return cert.getSerialNumber().toString(16);
    }

    /** Leaf then CA, as cert-manager writes tls.crt. */
    String certPem() throws IOException {
      return pem(cert) + pem(issuer);
    }

    /** SEC1 ({@code EC PRIVATE KEY}), the traditional form cert-manager writes by default. */
    String keyPem() throws IOException {
      // Written by hand: BouncyCastle's writer drops the curve OID, which openssl and cert-manager
      // keep.
      PrivateKeyInfo info = PrivateKeyInfo.getInstance(key.getEncoded());
      ASN1ObjectIdentifier curve =
          ASN1ObjectIdentifier.getInstance(info.getPrivateKeyAlgorithm().getParameters());
      BigInteger d = ((ECPrivateKey) key).getS();
      byte[] sec1 = new org.bouncycastle.asn1.sec.ECPrivateKey(256, d, curve).getEncoded();
      return pem(new PemObject("EC PRIVATE KEY", sec1));
    }

    String keyPemPkcs8() throws IOException {
      return pem(new JcaPKCS8Generator(key, null));
    }

    void write(Path certFile, Path keyFile) throws IOException {
      Files.writeString(certFile, certPem(), StandardCharsets.US_ASCII);
      Files.writeString(keyFile, keyPem(), StandardCharsets.US_ASCII);
    }

    private static String pem(Object object) throws IOException {
      StringWriter out = new StringWriter();
      try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
        writer.writeObject(object);
      }
      return out.toString();
    }
  }
}
