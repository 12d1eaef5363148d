package dev.bulwark.loader;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import tools.jackson.databind.JsonNode;

/**
 * Parses YAML text with snakeyaml-engine's composer (behind a {@link GuardedParser}) and converts
 * each document with a {@link TreeBuilder}. Every outcome, good or bad, is handed on as a {@link
 * Document}; nothing here throws for bad input.
 */
final class DocumentReader {
  /**
   * One document's outcome.
   *
   * @param tree the converted tree, or null when the document is empty or could not be read
   * @param positions where each node of {@code tree} sits
   * @param problems why the document could not be read (then {@code tree} is null) or duplicate
   *     keys found in it
   * @param line 1-based line where the document's content starts
   */
  record Document(JsonNode tree, PositionLog positions, List<LoadProblem> problems, int line) {
    boolean isEmpty() {
      return tree == null && problems.isEmpty();
    }
  }

  private final LoaderLimits limits;
  private final LoadSettings settings;

  DocumentReader(LoaderLimits limits) {
    this.limits = limits;
    this.settings =
        LoadSettings.builder()
            .setSchema(new DeferredResolutionSchema())
            .setMaxAliasesForCollections(limits.maxAliases())
            .setAllowRecursiveKeys(false)
            .setAllowNonScalarKeys(true) // so TreeBuilder can say where a non-scalar key is
            .setCodePointLimit(Integer.MAX_VALUE) // document size is limited before parsing
            .setUseMarks(true)
            .build();
  }

  /**
   * Reads every document of {@code text}, which starts on line {@code firstLine} of its file. A
   * syntax error ends the text: snakeyaml-engine cannot resume after one, which is why callers hand
   * over one document's text at a time.
   */
  void read(String text, int firstLine, Consumer<Document> out) {
    GuardedParser parser =
        new GuardedParser(
            new ParserImpl(settings, new StreamReader(settings, text)),
            limits.maxDepth(),
            limits.maxNodesPerDocument(),
            firstLine);
    Composer composer = new Composer(settings, parser);
    try {
      while (composer.hasNext()) {
        out.accept(convert(composer.next(), firstLine));
      }
    } catch (LoadProblem problem) {
      out.accept(failed(problem));
    } catch (MarkedYamlEngineException e) {
      out.accept(failed(syntaxProblem(e, firstLine)));
    } catch (ReaderException e) {
      out.accept(failed(unreadableCharacter(e, text, firstLine)));
    } catch (YamlEngineException e) {
      out.accept(failed(LoadProblem.at(engineMessage(e), parser.lastMark(), firstLine)));
    } catch (StackOverflowError e) {
      // The depth guard should make this unreachable; it is kept so a miss costs one document.
      out.accept(
          failed(
              LoadProblem.at(
                  "nesting too deep for the parser; document skipped",
                  parser.lastMark(),
                  firstLine)));
    }
  }

  private Document convert(Node root, int firstLine) {
    int line = root.getStartMark().map(m -> firstLine + m.getLine()).orElse(firstLine);
    if (isEmpty(root)) {
      return new Document(null, null, List.of(), line);
    }
    TreeBuilder builder =
        new TreeBuilder(limits.maxDepth(), limits.maxNodesPerDocument(), firstLine);
    try {
      JsonNode tree = builder.build(root);
      return new Document(tree, builder.positions(), List.copyOf(builder.duplicateKeys()), line);
    } catch (LoadProblem problem) {
      return failed(problem);
    } catch (StackOverflowError e) {
      return failed(
          LoadProblem.at("nesting too deep; document skipped", root.getStartMark(), firstLine));
    }
  }

  /**
   * An empty document, or one that is only {@code ~} or {@code null}: not an object, not an error.
   */
  private static boolean isEmpty(Node root) {
    return root instanceof ScalarNode scalar
        && scalar.getTag() == DeferredResolutionSchema.PLAIN
        && KubernetesScalars.resolvePlain(scalar.getValue()).isNull();
  }

  private static Document failed(LoadProblem problem) {
    return new Document(null, null, List.of(problem), problem.line());
  }

  private static LoadProblem syntaxProblem(MarkedYamlEngineException e, int firstLine) {
    String problem = e.getProblem();
    String context = e.getContext();
    // An unclosed bracket or quote is found at the end of the text, which may be the next
    // document's marker line; the place where the unclosed thing started says more.
    boolean atEnd =
        problem != null && (problem.contains("<stream end>") || problem.contains("end of stream"));
    Optional<Mark> where =
        e.getProblemMark().isPresent() && !(atEnd && e.getContextMark().isPresent())
            ? e.getProblemMark()
            : e.getContextMark();
    StringBuilder message = new StringBuilder("YAML syntax error: ");
    if (problem != null && !problem.isBlank()) {
      message.append(problem.strip());
      if (context != null && !context.isBlank()) {
        message.append(" (").append(context.strip());
        e.getContextMark()
            .filter(m -> where.isEmpty() || m.getLine() != where.get().getLine())
            .ifPresent(m -> message.append(" on line ").append(firstLine + m.getLine()));
        message.append(')');
      }
    } else {
      message.append(context == null ? "unreadable input" : context.strip());
    }
    message.append("; document skipped");
    return LoadProblem.at(message.toString(), where, firstLine);
  }

  private static String engineMessage(YamlEngineException e) {
    String text = String.valueOf(e.getMessage());
    if (text.startsWith("Number of aliases")) {
      return "more aliases to mappings or sequences than the limit (maxAliases); document skipped";
    }
    return "YAML error: " + text.strip() + "; document skipped";
  }

  /** snakeyaml-engine counts the position in code points from the start of the text. */
  private static LoadProblem unreadableCharacter(ReaderException e, String text, int firstLine) {
    int line = firstLine;
    int column = 1;
    int offset = 0;
    for (int codePoints = 0; offset < text.length() && codePoints < e.getPosition(); codePoints++) {
      int c = text.codePointAt(offset);
      offset += Character.charCount(c);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    String message =
        String.format(
            "character U+%04X is not allowed in YAML; document skipped", e.getCodePoint());
    return new LoadProblem(message, line, column);
  }
}
