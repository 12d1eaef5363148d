package dev.bulwark.analysis.netpol;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.api.Inventory;
import dev.bulwark.loader.LoadResult;
import dev.bulwark.loader.LoaderLimits;
import dev.bulwark.loader.ManifestLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The shared netpol-analyzer conformance data: where it is, its cases and their inputs. */
final class ConformanceCases {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ConformanceCases() {}

  /** {@code <bulwark.conformance.dir>/netpol}; the calling test is skipped when it is absent. */
  static Path root() {
    String configured = System.getProperty("bulwark.conformance.dir", "../shared/conformance");
    Path root = Path.of(configured, "netpol");
    assumeTrue(Files.isDirectory(root), "netpol conformance data not found at " + root.toAbsolutePath()
        + " (set -Dbulwark.conformance.dir); conformance cases skipped");
    return root;
  }

  /** One case of index.json with its case.json. */
  record Case(String name, Path dir, String mode, JsonNode options, List<String> formats) {
    String expected(String format) {
      return read(dir.resolve(format.equals("error") ? "expected_error.txt" : "expected." + format));
    }

    Inventory inventory() {
      LoadResult loaded = new ManifestLoader(LoaderLimits.defaults()).load(List.of(dir.resolve("input").toString()));
      return Inventory.of(loaded.resources());
    }

    String option(String key) {
      JsonNode v = options.path(key);
      return v.isNull() || v.isMissingNode() ? null : v.asString();
    }

    List<String> listOption(String key) {
      JsonNode v = options.path(key);
      List<String> out = new ArrayList<>();
      if (v.isArray()) {
        v.forEach(item -> out.add(item.asString()));
      } else if (v.isString()) {
        out.addAll(List.of(v.asString().split(",")));
      }
      return out;
    }

    ListOptions listOptions() {
      String conn = option("focus_conn");
      return new ListOptions(
          listOption("focus_workload"),
          listOption("focus_workload_peer"),
          option("focus_direction"),
          conn == null ? null : FocusConnection.parse(conn),
          options.path("exposure").asBoolean(false));
    }
  }

  static List<Case> all() {
    Path root = root();
    JsonNode index = JSON.readTree(read(root.resolve("index.json")));
    List<Case> out = new ArrayList<>();
    for (JsonNode c : index.path("cases")) {
      String name = c.path("case").asString();
      Path dir = root.resolve(name);
      JsonNode details = JSON.readTree(read(dir.resolve("case.json")));
      List<String> formats = new ArrayList<>();
      for (JsonNode f : c.path("formats")) {
        formats.add(f.asString());
      }
      out.add(new Case(name, dir, c.path("mode").asString(), details.path("options"), formats));
    }
    return out;
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
