package io.parallax.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code parallax} command: one class per subcommand, registered here. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    version = "parallax 0.1.0",
    description = "Reads the news from many outlets at once: groups articles into stories and compares how outlets cover them.",
    subcommands = {
      CommandLine.HelpCommand.class,
      AnalyzeCommand.class,
      DemoCommand.class,
      ExtractCommand.class,
      FetchCommand.class,
      ClusterCommand.class, IndexCommand.class, SearchCommand.class, ServeCommand.class,
      QuotesTrainCommand.class,
      BriefCommand.class, BriefTrainCommand.class, BriefEvalCommand.class,
      QuotesCommand.class,
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Lucene's notice that the incubating vector API is not enabled: harmless (scalar code is used)
   * and noise on every command's stderr. Held here so the logger and its level are not collected.
   */
  private static final java.util.logging.Logger LUCENE_VECTOR_NOTICE =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTOR_NOTICE.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(args));
  }

  /** Runs the CLI and returns its exit code (used by tests). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The command line with its one convention for errors and exit codes ({@link ExitCode}). */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(Main::onBadArguments);
    cli.setExecutionExceptionHandler((e, c, parsed) -> {
      if (e instanceof UsageException) {
        return usage(c, e.getMessage());
      }
      if (e instanceof io.parallax.store.StoreUnavailableException) {
        c.getErr().println("parallax " + c.getCommandName() + ": " + e.getMessage()); // a plain state, not a bug
        return ExitCode.FAILED.code();
      }
      c.getErr().println("parallax: " + c.getCommandName() + " failed: " + e);
      return ExitCode.FAILED.code();
    });
    return cli;
  }

  private static int onBadArguments(CommandLine.ParameterException e, String[] args) {
    return usage(e.getCommandLine(), e.getMessage());
  }

  /** The one report of unusable arguments, for picocli's checks and the commands' own alike. */
  private static int usage(CommandLine c, String message) {
    c.getErr().println("parallax: " + message + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
    c.getErr().flush();
    return ExitCode.USAGE.code();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
