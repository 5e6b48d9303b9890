package io.parallax.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Entry point of the Spark module: {@code parallax spark INPUT... --out DIR [--master local[N]]}, and
 * {@code parallax index --from-parquet DIR [--store DIR]}, which the launcher routes here. Under
 * {@code spark-submit} the master comes from the submission unless {@code --master} is given.
 */
public final class SparkMain {

  private SparkMain() {}

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new Top()).addSubcommand(new SparkCommand()).addSubcommand(new IndexCommand());
    System.exit(cli.execute(args));
  }

  @Command(name = "parallax", description = "Parallax on Apache Spark")
  static final class Top implements Callable<Integer> {
    @Override
    public Integer call() {
      new CommandLine(this).usage(System.err);
      return 2;
    }
  }

  @Command(name = "spark", mixinStandardHelpOptions = true,
      description = "Runs the whole pipeline on Spark; writes Parquet tables, a JSON report per event and "
          + "assignments.jsonl ({\"id\",\"event\",\"storyline\"} per article) under --out.")
  static final class SparkCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or folders (local paths or Hadoop URIs)")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the output folder (replaced)")
    String out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[4]; default: the "
        + "submission's, else local[*]")
    String master;

    @Option(names = "--cell-size", paramLabel = "N", description = "block the event candidate search by "
        + "embedding when a three-day window holds more than N dated articles (default: ${DEFAULT-VALUE}; "
        + "below it the search is exact)")
    int cellSize = Blocking.DEFAULT.cellSize();

    @Option(names = "--probes", paramLabel = "P", description = "with embedding blocks, how many nearest "
        + "blocks each article searches (default: ${DEFAULT-VALUE})")
    int probes = Blocking.DEFAULT.probes();

    @Override
    public Integer call() {
      Blocking blocking;
      try {
        blocking = new Blocking(cellSize, probes);
      } catch (IllegalArgumentException e) {
        System.err.println("parallax spark: " + e.getMessage());
        return 2;
      }
      SparkSession.Builder b = SparkSession.builder().appName("parallax").config("spark.ui.showConsoleProgress", "false");
      if (master != null) b.master(master);
      else if (!new org.apache.spark.SparkConf().contains("spark.master")) b.master("local[*]");
      SparkSession spark = b.getOrCreate();
      try {
        long start = System.nanoTime();
        SparkJob.Result r = SparkJob.run(spark, inputs, out, true, blocking);
        double s = (System.nanoTime() - start) / 1e9;
        System.err.printf(java.util.Locale.ROOT,
            "parallax spark: %d inputs, %d processed, %d skipped; %d events, %d storylines -> %s (%.1f s, %.1f articles/s)%n",
            r.inputs(), r.processed(), r.skipped(), r.events(), r.storylines(), out, s, r.processed() / s);
        return r.processed() == 0 ? 3 : 0;
      } finally {
        spark.stop();
      }
    }
  }

  @Command(name = "index", mixinStandardHelpOptions = true,
      description = "Loads the result of `parallax spark` into the embedded store.")
  static final class IndexCommand implements Callable<Integer> {
    @Option(names = "--from-parquet", required = true, paramLabel = "DIR", description = "the --out folder of `parallax spark`")
    String from;

    @Option(names = "--store", paramLabel = "DIR", description = "the store (default .parallax/store)")
    Path store;

    @Override
    public Integer call() throws Exception {
      SparkSession spark = SparkSession.builder().appName("parallax-index").master("local[*]")
          .config("spark.ui.enabled", "false").getOrCreate();
      try {
        long n = ParquetIndex.load(spark, from, store == null ? io.parallax.store.Store.defaultLocation() : store);
        System.err.printf("parallax index: %d articles from %s%n", n, from);
        return 0;
      } finally {
        spark.stop();
      }
    }
  }
}
