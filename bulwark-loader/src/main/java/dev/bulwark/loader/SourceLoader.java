package dev.bulwark.loader;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads one input from bytes to resources: size limit, encoding check, Helm template and Kustomize
 * rules, cutting into documents, parsing, conversion and object checks. Every problem becomes a
 * diagnostic in the {@link SourceOutcome}; nothing escapes as an exception.
 */
final class SourceLoader {
  private final LoaderLimits limits;
  private final DocumentReader reader;

  SourceLoader(LoaderLimits limits) {
    this.limits = limits;
    this.reader = new DocumentReader(limits);
  }

  /** A file, its size checked before anything is read. */
  SourceOutcome loadFile(Path path, String name) {
    try {
      long size = Files.isRegularFile(path) ? Files.size(path) : -1;
      if (size > limits.maxFileBytes()) {
        return SourceOutcome.of(tooLarge(name, "file is " + LoaderLimits.describeBytes(size)));
      }
      try (InputStream in = Files.newInputStream(path)) {
        return loadStream(name, in, size);
      }
    } catch (NoSuchFileException e) {
      return SourceOutcome.of(Diagnostic.error(Location.ofFile(name), "no such file"));
    } catch (IOException e) {
      return SourceOutcome.of(
          Diagnostic.error(Location.ofFile(name), "cannot read file: " + describe(e)));
    }
  }

  /** A stream (stdin), read up to the file limit and no further. */
  SourceOutcome loadStream(String name, InputStream in, long sizeHint) {
    BoundedInput.Bytes bytes;
    try {
      bytes = BoundedInput.read(in, limits.maxFileBytes(), sizeHint);
    } catch (IOException e) {
      return SourceOutcome.of(
          Diagnostic.error(Location.ofFile(name), "cannot read input: " + describe(e)));
    }
    if (bytes.tooLarge()) {
      return SourceOutcome.of(tooLarge(name, "input is larger than that"));
    }
    return loadBytes(name, bytes.data(), bytes.length());
  }

  /** The bytes of one input, {@code data[0, length)}. */
  SourceOutcome loadBytes(String name, byte[] data, int length) {
    TextCheck.Problem encoding = TextCheck.check(data, length);
    if (encoding != null) {
      return SourceOutcome.of(
          Diagnostic.error(
              new Location(name, encoding.line(), encoding.column()), encoding.message()));
    }
    int start = TextCheck.utf8BomLength(data, length);
    int templateLine = FileRules.templateLine(data, start, length);
    if (templateLine > 0 && FileRules.isUnderTemplatesFolder(name)) {
      return SourceOutcome.of(templateWarning(name, templateLine));
    }
    SourceOutcome outcome = new SourceOutcome(name);
    readDocuments(name, data, start, length, outcome);
    // A template that happens to parse (its {{ }} only inside quoted strings, as in a
    // PrometheusRule) is kept; one that does not parse is one warning, not an error storm.
    if (templateLine > 0 && outcome.hasErrors()) {
      return SourceOutcome.of(templateWarning(name, templateLine));
    }
    return outcome;
  }

  private void readDocuments(String name, byte[] data, int start, int end, SourceOutcome outcome) {
    ObjectExtractor extractor = new ObjectExtractor(name, FileRules.roleOf(name));
    List<DocumentSplitter.Piece> pieces = DocumentSplitter.split(data, start, end);
    int[] documentIndex = {0};
    for (int p = 0; p < pieces.size(); p++) {
      DocumentSplitter.Piece piece = pieces.get(p);
      if (documentIndex[0] >= limits.maxDocumentsPerFile()) {
        outcome.error(
            piece.firstLine(),
            1,
            "more than "
                + limits.maxDocumentsPerFile()
                + " documents in one file (maxDocumentsPerFile); the remaining "
                + (pieces.size() - p)
                + " were not read");
        return;
      }
      if (piece.length() > limits.maxDocumentBytes()) {
        outcome.error(
            piece.firstLine(),
            1,
            "document is "
                + LoaderLimits.describeBytes(piece.length())
                + ", larger than the limit of "
                + LoaderLimits.describeBytes(limits.maxDocumentBytes())
                + " (maxDocumentBytes); document skipped");
        documentIndex[0]++;
        continue;
      }
      String text = new String(data, piece.start(), piece.length(), StandardCharsets.UTF_8);
      reader.read(
          text,
          piece.firstLine(),
          document -> {
            int index = documentIndex[0]++;
            for (LoadProblem problem : document.problems()) {
              outcome.error(problem.line(), problem.column(), problem.getMessage());
            }
            // A document with duplicate keys is rejected, as Kubernetes' strict decoding does.
            if (document.tree() != null && document.problems().isEmpty()) {
              extractor.extract(document.tree(), document.positions(), index, outcome);
            }
          });
    }
  }

  private Diagnostic tooLarge(String name, String detail) {
    return Diagnostic.error(
        Location.ofFile(name),
        "larger than the limit of "
            + LoaderLimits.describeBytes(limits.maxFileBytes())
            + " (maxFileBytes): "
            + detail
            + "; not scanned");
  }

  private static Diagnostic templateWarning(String name, int line) {
    return Diagnostic.warning(new Location(name, line, 1), FileRules.TEMPLATE_MESSAGE);
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
