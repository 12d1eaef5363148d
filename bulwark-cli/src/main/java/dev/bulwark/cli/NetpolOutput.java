package dev.bulwark.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Where a {@code netpol} command writes: standard output, or a file with {@code -o}. */
final class NetpolOutput {
  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path file;

  /** A buffered writer; close it to flush (standard output stays open). */
  Writer open(CommandSpec spec) throws IOException {
    if (file == null) {
      Writer out = spec.commandLine().getOut();
      return new BufferedWriter(new Writer() {
        @Override
        public void write(char[] buf, int off, int len) throws IOException {
          out.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
          out.flush();
        }

        @Override
        public void close() throws IOException {
          out.flush();
        }
      }, 1 << 16);
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }
}
