package dev.bulwark.admission.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A folder laid out like a mounted Kubernetes Secret: {@code tls.crt -> ..data/tls.crt}, {@code
 * ..data -> ..<version>/}. Rotation writes a new version folder and swaps the {@code ..data}
 * symlink atomically, as the kubelet does when cert-manager renews the Secret.
 */
final class SecretVolume {
  private final Path root;
  private int version;

  SecretVolume(Path root) throws IOException {
    this.root = Files.createDirectories(root);
  }

  Path certFile() {
    return root.resolve("tls.crt");
  }

  Path keyFile() {
    return root.resolve("tls.key");
  }

  void publish(TestPki.Issued issued) throws IOException {
    publish(issued.certPem(), issued.keyPem());
  }

  void publish(String certPem, String keyPem) throws IOException {
    version++;
    Path data = root.resolve("..v" + version);
    Files.createDirectories(data);
    Files.writeString(data.resolve("tls.crt"), certPem, StandardCharsets.US_ASCII);
    Files.writeString(data.resolve("tls.key"), keyPem, StandardCharsets.US_ASCII);
    Path link = root.resolve("..data_tmp");
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, data.getFileName());
    Files.move(
        link,
        root.resolve("..data"),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    if (!Files.exists(certFile(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Files.createSymbolicLink(certFile(), Path.of("..data", "tls.crt"));
      Files.createSymbolicLink(keyFile(), Path.of("..data", "tls.key"));
    }
  }
}
