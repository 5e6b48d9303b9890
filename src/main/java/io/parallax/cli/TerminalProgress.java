package io.parallax.cli;

import io.parallax.pipeline.ProgressListener;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr that appears only once a run has taken more than a second, so quick runs
 * stay quiet. Not thread-safe: driven by the pipeline's thread.
 */
final class TerminalProgress implements ProgressListener {

  private static final long SHOW_AFTER_MS = 1000;

  private final PrintStream err;
  private final long started = System.currentTimeMillis();
  private ProgressBar bar;
  private String phase = "";
  private long total = -1;
  private long current;

  TerminalProgress(PrintStream err) {
    this.err = err;
  }

  @Override
  public void phase(String name, long total) {
    closeBar();
    this.phase = name;
    this.total = total;
    this.current = 0;
    maybeShow();
  }

  @Override
  public void step() {
    current++;
    if (bar != null) bar.stepTo(current);
    else maybeShow();
  }

  @Override
  public void done() {
    closeBar();
  }

  private void maybeShow() {
    if (bar == null && System.currentTimeMillis() - started > SHOW_AFTER_MS) {
      bar = new ProgressBarBuilder()
          .setTaskName(phase)
          .setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(err))
          .setUpdateIntervalMillis(200)
          .continuousUpdate()
          .build();
      bar.stepTo(current);
    }
  }

  private void closeBar() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
