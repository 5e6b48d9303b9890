package io.parallax.spark;

import io.parallax.ingest.Ingestor;
import io.parallax.ingest.Inputs;
import io.parallax.model.Article;
import io.parallax.model.Skipped;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * Reads the inputs in parallel through the main module's {@link Ingestor} (every reader, every skip
 * reason): JSONL files are split by lines across partitions, other files (HTML, text, feeds, WARC and
 * WARC.gz crawls, from local paths or any Hadoop file system) are read one file per record. Each
 * partition hands its share to the ingestor as a local temporary file named as the original, so ids and
 * reasons are those of a single-machine run; sources are mapped back to the original location.
 */
final class Reading {

  private Reading() {}

  /** One input's outcome: a read article, or a skipped source with its reason. */
  record Outcome(ArticleRow article, String source, String reason) implements Serializable {}

  static JavaRDD<Outcome> read(JavaSparkContext sc, List<String> inputs, int partitions) {
    sc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
    List<JavaRDD<Outcome>> parts = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      final int input = i;
      String path = inputs.get(i);
      if (isJsonl(sc, path)) {
        parts.add(sc.textFile(path, partitions).zipWithIndex()
            .mapPartitions(lines -> jsonlChunk(input, path, lines)));
      } else {
        parts.add(sc.binaryFiles(path, partitions).mapPartitions(files -> wholeFiles(input, files)));
      }
    }
    return parts.size() == 1 ? parts.get(0) : sc.union(parts.toArray(JavaRDD[]::new));
  }

  private static boolean isJsonl(JavaSparkContext sc, String path) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
      FileSystem fs = p.getFileSystem(sc.hadoopConfiguration());
      if (!fs.exists(p)) {
        throw new IllegalArgumentException("Input '" + path + "' does not exist; give files or folders that do");
      }
      return fs.getFileStatus(p).isFile() && path.toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot inspect input '" + path + "': " + e.getMessage(), e);
    }
  }

  private static final Pattern LINE_SOURCE = Pattern.compile("#L(\\d+)$");

  /** A partition's lines of one JSONL file, read as a JSONL file of those lines. */
  private static Iterator<Outcome> jsonlChunk(int input, String path, Iterator<Tuple2<String, Long>> lines)
      throws IOException {
    List<Long> numbers = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (lines.hasNext()) {
      Tuple2<String, Long> l = lines.next();
      numbers.add(l._2() + 1);
      text.append(l._1()).append('\n');
    }
    if (numbers.isEmpty()) return List.<Outcome>of().iterator();
    String name = new org.apache.hadoop.fs.Path(path).getName();
    Path dir = Files.createTempDirectory("parallax-spark");
    try {
      Path tmp = dir.resolve(name);
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Ingestor.Result read = Models.ingestor().ingest(List.of(tmp), (f, o) -> {});
      String fileId = Inputs.idOf(tmp);
      List<Outcome> out = new ArrayList<>();
      for (Article a : read.articles()) {
        long local = lineOf(a.source());
        long line = numbers.get((int) local - 1);
        Article fixed = a.toBuilder().source(path + "#L" + line).build();
        if (a.id().equals(fileId + "-" + local)) fixed = fixed.toBuilder().id(fileId + "-" + line).build();
        out.add(new Outcome(ArticleRow.of(input, path, line, fixed), null, null));
      }
      for (Skipped s : read.summary().skipped()) {
        long local = lineOf(s.source());
        String source = local > 0 ? path + "#L" + numbers.get((int) local - 1) : path;
        out.add(new Outcome(null, source, s.reason()));
      }
      return out.iterator();
    } finally {
      deleteAll(dir);
    }
  }

  private static long lineOf(String source) {
    Matcher m = LINE_SOURCE.matcher(source);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  /** Whole files, each read as the single-machine reader reads a file of that name. */
  private static Iterator<Outcome> wholeFiles(int input, Iterator<Tuple2<String, PortableDataStream>> files)
      throws IOException {
    List<Outcome> out = new ArrayList<>();
    while (files.hasNext()) {
      Tuple2<String, PortableDataStream> f = files.next();
      String uri = f._1();
      String name = new org.apache.hadoop.fs.Path(uri).getName();
      Path dir = Files.createTempDirectory("parallax-spark");
      try {
        Path tmp = dir.resolve(name);
        try (InputStream in = f._2().open()) {
          Files.copy(in, tmp);
        }
        Ingestor.Result read = Models.ingestor().ingest(List.of(tmp), (p, o) -> {});
        long record = 0;
        String prefix = tmp.toString();
        for (Article a : read.articles()) {
          Article fixed = a.toBuilder().source(uri + a.source().substring(Math.min(prefix.length(), a.source().length())))
              .build();
          out.add(new Outcome(ArticleRow.of(input, uri, record++, fixed), null, null));
        }
        for (Skipped s : read.summary().skipped()) {
          String source = s.source().startsWith(prefix) ? uri + s.source().substring(prefix.length()) : uri;
          out.add(new Outcome(null, source, s.reason()));
        }
      } finally {
        deleteAll(dir);
      }
    }
    return out.iterator();
  }

  private static void deleteAll(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
