package dev.bulwark.cli;

import dev.bulwark.api.CheckMetadata;
import dev.bulwark.engine.CheckRegistry;
import dev.bulwark.engine.RegisteredCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulwark checks}: list the catalog; {@code bulwark checks docs}: write docs/checks/. */
@Command(
    name = "checks",
    mixinStandardHelpOptions = true,
    description = "List every check: id, severity, category and summary.",
    subcommands = ChecksCommand.Docs.class)
final class ChecksCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    List<CheckMetadata> checks = catalog();
    int idWidth = checks.stream().mapToInt(c -> c.id().length()).max().orElse(2);
    PrintWriter out = spec.commandLine().getOut();
    String row = "%-" + idWidth + "s  %-8s  %-16s  %s%n";
    out.printf(row, "ID", "SEVERITY", "CATEGORY", "SUMMARY");
    for (CheckMetadata c : checks) {
      out.printf(row, c.id(), c.severity().label(), c.category().label(), c.summary());
    }
    out.printf("%n%d checks. 'bulwark checks docs' writes their documentation.%n", checks.size());
    out.flush();
  }

  static List<CheckMetadata> catalog() {
    return CheckRegistry.discover().all().stream().map(RegisteredCheck::metadata).toList();
  }

  /** {@code bulwark checks docs [--output DIR]}. */
  @Command(
      name = "docs",
      mixinStandardHelpOptions = true,
      description = "Write one Markdown page per check and an index into a folder.")
  static final class Docs implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = {"-o", "--output"},
        defaultValue = "docs/checks",
        paramLabel = "DIR",
        description = "Folder to write (default: ${DEFAULT-VALUE}); stale pages in it are removed.")
    Path output;

    @Override
    public Integer call() throws IOException {
      Map<String, String> pages = CheckDocs.render(catalog());
      Files.createDirectories(output);
      try (var existing = Files.list(output)) {
        for (Path p : existing.filter(p -> p.toString().endsWith(".md")).toList()) {
          if (!pages.containsKey(p.getFileName().toString())) {
            Files.delete(p);
          }
        }
      }
      for (Map.Entry<String, String> page : pages.entrySet()) {
        Files.writeString(output.resolve(page.getKey()), page.getValue());
      }
      spec.commandLine().getOut().printf("wrote %d pages to %s%n", pages.size(), output);
      return ExitCodes.CLEAN;
    }
  }
}
