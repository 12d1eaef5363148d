package dev.bulwark.loader;

import dev.bulwark.api.Diagnostic;
import dev.bulwark.api.Location;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns command-line paths into the inputs to read: {@code -} is stdin, a file is read whatever its
 * name, a folder is walked recursively for {@code .yaml}, {@code .yml} and {@code .json} files. The
 * walk skips hidden files and folders ({@code .git}, {@code .github}), follows symbolic links but
 * not in a loop, and sorts by path, folder by folder, so the order never depends on the file
 * system. An input reached twice is read once.
 */
final class InputFinder {
  static final String STDIN = "-";

  /** A file to read, or stdin when {@code path} is null; {@code name} is what reports show. */
  record Input(String name, Path path) {
    boolean isStdin() {
      return path == null;
    }
  }

  record Found(List<Input> inputs, List<Diagnostic> diagnostics) {}

  /** Folder by folder, then by name; a file sorts before a sibling folder of the same name. */
  private static final Comparator<Path> BY_PATH =
      (a, b) -> {
        int n = Math.min(a.getNameCount(), b.getNameCount());
        for (int i = 0; i < n; i++) {
          int c = a.getName(i).toString().compareTo(b.getName(i).toString());
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
      };

  private InputFinder() {}

  static Found find(List<String> arguments) {
    List<Input> inputs = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Set<Object> seen = new HashSet<>();
    for (String argument : arguments) {
      if (argument.equals(STDIN)) {
        if (seen.add(STDIN)) {
          inputs.add(new Input(STDIN, null));
        }
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        List<Path> files = walk(path, argument, diagnostics);
        if (files.isEmpty()) {
          diagnostics.add(
              Diagnostic.warning(
                  Location.ofFile(argument), "no .yaml, .yml or .json files in this folder"));
        }
        for (Path file : files) {
          if (seen.add(identity(file))) {
            inputs.add(new Input(file.toString(), file));
          }
        }
      } else if (Files.exists(path)) {
        if (seen.add(identity(path))) {
          inputs.add(new Input(argument, path));
        }
      } else {
        diagnostics.add(
            Diagnostic.error(
                Location.ofFile(argument),
                Files.isSymbolicLink(path) ? "broken symbolic link" : "no such file or folder"));
      }
    }
    return new Found(inputs, diagnostics);
  }

  private static List<Path> walk(Path root, String argument, List<Diagnostic> diagnostics) {
    List<Path> relative = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString();
              if (isHidden(file) || !FileRules.isManifestFileName(name)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                // FOLLOW_LINKS hands over the link itself only when its target is missing.
                diagnostics.add(
                    Diagnostic.warning(
                        Location.ofFile(file.toString()), "broken symbolic link; skipped"));
              } else if (!attrs.isDirectory()) {
                relative.add(root.relativize(file));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (e instanceof FileSystemLoopException) {
                diagnostics.add(
                    Diagnostic.warning(
                        Location.ofFile(file.toString()),
                        "symbolic link loops back to a parent folder; not followed"));
              } else {
                diagnostics.add(
                    Diagnostic.error(
                        Location.ofFile(file.toString()), "cannot read: " + e.getMessage()));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      diagnostics.add(
          Diagnostic.error(Location.ofFile(argument), "cannot read: " + e.getMessage()));
    }
    relative.sort(BY_PATH);
    List<Path> files = new ArrayList<>(relative.size());
    for (Path r : relative) {
      files.add(root.resolve(r).normalize());
    }
    return files;
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null
        && name.toString().startsWith(".")
        && !name.toString().equals(".")
        && !name.toString().equals("..");
  }

  /** The same file reached twice (through a link, or named and walked) is read once. */
  private static Object identity(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
