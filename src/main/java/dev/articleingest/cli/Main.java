package dev.articleingest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar target/article-ingest-cli.jar}: the local tool's commands. */
@Command(
    name = "article-ingest",
    mixinStandardHelpOptions = true,
    version = "article-ingest 0.1.0",
    description = "Local tools for the article-ingest service.",
    subcommands = {
      LocalCommand.class,
      ParseCommand.class,
      EvalCommand.class,
      QueryCommand.class,
      BackfillCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:some input was rejected or failed (details on stderr)",
      "2:wrong arguments"
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    int code =
        new CommandLine(new Main())
            .setExecutionExceptionHandler(
                (e, commandLine, parseResult) -> {
                  // A clear line for the person at the terminal; the stack trace only on request.
                  commandLine.getErr().println("error: " + e.getMessage());
                  if (Boolean.getBoolean("article-ingest.trace")) {
                    e.printStackTrace(commandLine.getErr());
                  }
                  return 1;
                })
            .execute(args);
    // DynamoDB Local and s3proxy are stopped explicitly; exit anyway so no stray thread can
    // keep the JVM alive.
    System.exit(code);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
