package dev.bulwark.cli;

import picocli.CommandLine;

/** Entry point of the runnable jar. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code; used by tests too. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured picocli command tree. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new BulwarkCommand());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("bulwark: " + describe(e));
          return ExitCodes.BAD_INPUT;
        });
    return cli;
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
