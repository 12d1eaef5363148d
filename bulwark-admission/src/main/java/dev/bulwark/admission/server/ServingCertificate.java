package dev.bulwark.admission.server;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.PemKeyCertOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import javax.net.ssl.KeyManager;
import javax.net.ssl.X509KeyManager;

/**
 * A PEM certificate chain and private key read from disk and checked before use: both parse, the
 * key belongs to the leaf certificate, and the leaf is valid now. A rotation that fails these
 * checks must never replace a working certificate.
 */
public final class ServingCertificate {
  private final byte[] certPem;
  private final byte[] keyPem;
  private final X509Certificate leaf;

  private ServingCertificate(byte[] certPem, byte[] keyPem, X509Certificate leaf) {
    this.certPem = certPem;
    this.keyPem = keyPem;
    this.leaf = leaf;
  }

  /** The files' bytes, for change detection without parsing. */
  public static byte[] fingerprint(Path certFile, Path keyFile) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(Files.readAllBytes(certFile));
      digest.update((byte) 0);
      digest.update(Files.readAllBytes(keyFile));
      return digest.digest();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /**
   * Reads and checks the pair.
   *
   * @throws CertificateProblem with a one-line reason when the pair cannot serve
   */
  public static ServingCertificate load(Vertx vertx, Path certFile, Path keyFile)
      throws CertificateProblem {
    byte[] cert = read(certFile, "certificate");
    byte[] key = read(keyFile, "private key");
    X509KeyManager keys;
    try {
      PemKeyCertOptions options = pem(cert, key);
      KeyManager[] managers = options.getKeyManagerFactory(vertx).getKeyManagers();
      keys = (X509KeyManager) managers[0];
    } catch (Exception e) {
      throw new CertificateProblem("cannot parse " + certFile + " / " + keyFile + ": " + reason(e));
    }
    // Vert.x's key store holds the single pair under one alias.
    String alias = firstAlias(keys);
    X509Certificate[] chain = alias == null ? null : keys.getCertificateChain(alias);
    PrivateKey privateKey = alias == null ? null : keys.getPrivateKey(alias);
    if (chain == null || chain.length == 0 || privateKey == null) {
      throw new CertificateProblem("no certificate and key pair in " + certFile + " / " + keyFile);
    }
    X509Certificate leaf = chain[0];
    if (!belongTogether(privateKey, leaf.getPublicKey())) {
      throw new CertificateProblem(
          "the private key in " + keyFile + " does not belong to the certificate in " + certFile);
    }
    Date now = new Date();
    if (now.before(leaf.getNotBefore()) || now.after(leaf.getNotAfter())) {
      throw new CertificateProblem(
          "the certificate in "
              + certFile
              + " is not valid now (valid "
              + leaf.getNotBefore().toInstant()
              + " to "
              + leaf.getNotAfter().toInstant()
              + ")");
    }
    return new ServingCertificate(cert, key, leaf);
  }

  /** Vert.x options carrying exactly the bytes that were checked. */
  public PemKeyCertOptions options() {
    return pem(certPem, keyPem);
  }

  public Instant notAfter() {
    return leaf.getNotAfter().toInstant();
  }

  public String subject() {
    return leaf.getSubjectX500Principal().getName();
  }

  public String serial() {
    return leaf.getSerialNumber().toString(16);
  }

  private static PemKeyCertOptions pem(byte[] cert, byte[] key) {
    return new PemKeyCertOptions()
        .setCertValue(Buffer.buffer(cert))
        .setKeyValue(Buffer.buffer(key));
  }

  private static byte[] read(Path file, String what) throws CertificateProblem {
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length == 0) {
        throw new CertificateProblem("the " + what + " file " + file + " is empty");
      }
      return bytes;
    } catch (IOException e) {
      throw new CertificateProblem("cannot read the " + what + " file " + file + ": " + reason(e));
    }
  }

  private static String firstAlias(X509KeyManager keys) {
    for (String type : new String[] {"RSA", "EC", "EdDSA", "Ed25519", "RSASSA-PSS"}) {
      String[] aliases = keys.getServerAliases(type, null);
      if (aliases != null && aliases.length > 0) {
        return aliases[0];
      }
    }
    return null;
  }

  /** Signs a probe with the private key and verifies it with the certificate's public key. */
  private static boolean belongTogether(PrivateKey privateKey, PublicKey publicKey) {
    String algorithm =
        switch (privateKey.getAlgorithm()) {
          case "RSA" -> "SHA256withRSA";
          case "EC" -> "SHA256withECDSA";
          case "EdDSA", "Ed25519" -> "Ed25519";
          default -> null;
        };
    if (!privateKey.getAlgorithm().equals(publicKey.getAlgorithm())) {
      return false;
    }
    if (algorithm == null) {
      return true; // a key type we cannot probe; the TLS handshake will still refuse a mismatch
    }
    try {
      byte[] probe = "bulwark-key-check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(privateKey);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(publicKey);
      verifier.update(probe);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static String reason(Exception e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage();
    return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ServingCertificate that
        && Arrays.equals(certPem, that.certPem)
        && Arrays.equals(keyPem, that.keyPem);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(certPem) + Arrays.hashCode(keyPem);
  }

  /** A certificate or key that cannot serve, with a one-line reason. */
  public static final class CertificateProblem extends Exception {
    private static final long serialVersionUID = 1L;

    public CertificateProblem(String message) {
      super(message);
    }
  }
}
