package io.parallax.bench;

import io.parallax.pipeline.Analysis;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.pipeline.ProgressListener;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * End-to-end harness: runs the whole {@code analyze} pipeline over the given inputs several times
 * and prints articles per second (best and median of the timed rounds) and the peak heap used.
 *
 * <pre>scripts/bench main io.parallax.bench.EndToEndBenchmark ../shared/data/ecbplus-dev/articles.jsonl 3</pre>
 */
public final class EndToEndBenchmark {

  public static void main(String[] args) throws Exception {
    Path input = Path.of(args.length > 0 ? args[0] : "corpus/rafah-2024");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Pipeline pipeline = Pipeline.standard(PipelineConfig.defaults());
    Analysis warm = pipeline.run(List.of(input), ProgressListener.NONE);
    int articles = warm.summary().processed();
    double[] rates = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      pipeline.run(List.of(input), ProgressListener.NONE);
      rates[i] = articles / ((System.nanoTime() - t0) / 1e9);
    }
    Arrays.sort(rates);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
    }
    System.out.printf(Locale.ROOT, "end-to-end %s: %d articles, %d rounds, best %.1f articles/s, median %.1f articles/s, "
            + "peak heap %.0f MiB, %d cores, Java %s%n", input, articles, rounds, rates[rounds - 1], rates[rounds / 2],
        peak / 1048576.0, Runtime.getRuntime().availableProcessors(), Runtime.version());
  }
}
