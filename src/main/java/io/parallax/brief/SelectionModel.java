package io.parallax.brief;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The learned content-selection model of the brief: a logistic regression over the candidate
 * features of {@link Briefer#FEATURES}, each standardised by the mean and spread it had in training.
 * {@link #score} is the log-odds that an editor's summary would use the candidate.
 *
 * <p>Stored as a small TSV resource ({@code selection-model.tsv}): comment lines starting with
 * {@code #}, one {@code intercept} line, then {@code feature weight mean scale} per feature, in the
 * order of {@link Briefer#FEATURES}. {@link BriefTrainer} writes it.
 *
 * @param features feature names, in {@link Briefer#FEATURES} order
 * @param intercept the bias
 * @param weights weight per standardised feature
 * @param mean training mean per feature
 * @param scale training standard deviation per feature (1 where a feature was constant)
 */
public record SelectionModel(List<String> features, double intercept, List<Double> weights, List<Double> mean,
    List<Double> scale) {

  /** The shipped model, trained on brief-train by {@code parallax brief-train}. */
  public static final SelectionModel DEFAULT = resource("/io/parallax/brief/selection-model.tsv");

  public SelectionModel {
    features = List.copyOf(features);
    weights = List.copyOf(weights);
    mean = List.copyOf(mean);
    scale = List.copyOf(scale);
    if (!features.equals(Briefer.FEATURES)) {
      throw new IllegalArgumentException("Selection model features " + features + " are not the brief's features "
          + Briefer.FEATURES + "; retrain it with parallax brief-train");
    }
    if (weights.size() != features.size() || mean.size() != features.size() || scale.size() != features.size()) {
      throw new IllegalArgumentException("Selection model has " + features.size() + " features but " + weights.size()
          + " weights, " + mean.size() + " means and " + scale.size() + " scales; retrain it with parallax brief-train");
    }
  }

  /** Log-odds that a candidate with these raw features belongs in the brief. */
  public double score(double[] x) {
    double z = intercept;
    for (int i = 0; i < x.length; i++) z += weights.get(i) * (x[i] - mean.get(i)) / scale.get(i);
    return z;
  }

  /** Writes the model in the TSV form {@link #read} reads. */
  public void write(Path file, String comment) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String line : comment.split("\n")) sb.append("# ").append(line).append('\n');
    sb.append(String.format(Locale.ROOT, "intercept\t%.6f%n", intercept));
    for (int i = 0; i < features.size(); i++) {
      sb.append(String.format(Locale.ROOT, "%s\t%.6f\t%.6f\t%.6f%n", features.get(i), weights.get(i), mean.get(i),
          scale.get(i)));
    }
    if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  /** Reads a model written by {@link #write}. */
  public static SelectionModel read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    }
  }

  private static SelectionModel resource(String name) {
    try (InputStream in = SelectionModel.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("Brief selection model " + name + " is missing from the classpath");
      return parse(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SelectionModel parse(InputStream in, String where) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    double intercept = Double.NaN;
    List<String> names = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    List<Double> m = new ArrayList<>();
    List<Double> s = new ArrayList<>();
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      try {
        if (f[0].equals("intercept") && f.length == 2) {
          intercept = Double.parseDouble(f[1]);
        } else if (f.length == 4) {
          names.add(f[0]);
          w.add(Double.parseDouble(f[1]));
          m.add(Double.parseDouble(f[2]));
          double sc = Double.parseDouble(f[3]);
          s.add(sc > 0 ? sc : 1.0);
        } else {
          throw new NumberFormatException("expected 'feature<TAB>weight<TAB>mean<TAB>scale'");
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Brief selection model " + where + " line " + n + " is malformed ("
            + e.getMessage() + "): \"" + line + "\"; retrain it with parallax brief-train", e);
      }
    }
    if (Double.isNaN(intercept)) {
      throw new IllegalArgumentException("Brief selection model " + where + " has no intercept line; retrain it with parallax brief-train");
    }
    return new SelectionModel(names, intercept, w, m, s);
  }
}
