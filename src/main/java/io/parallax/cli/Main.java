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
    CommandLine cli = new CommandLine(new Main());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(Main::onBadArguments);
    cli.setExecutionExceptionHandler((e, c, parsed) -> {
      if (e instanceof io.parallax.store.StoreUnavailableException) {
        c.getErr().println("parallax " + c.getCommandName() + ": " + e.getMessage()); // a plain state, not a bug
        return 1;
      }
      c.getErr().println("parallax: " + c.getCommandName() + " failed: " + e);
      return 1;
    });
    return cli.execute(args);
  }

  private static int onBadArguments(CommandLine.ParameterException e, String[] args) {
    e.getCommandLine().getErr().println("parallax: " + e.getMessage()
        + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
    return 2;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
