package io.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.compare.ComparedArticle;
import io.parallax.clean.CleanArticle;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.pipeline.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Brief quality on brief-dev (NeuS/AllSides, 307 stories) with the selection model learned on
 * brief-train: ROUGE-L F1 as computed by tools/score-brief.py, against a floor just below what the
 * brief reaches (0.2854 at 69 words per brief; copying one outlet's lead scores 0.259-0.266, the
 * title-plus-first-sentences baseline 0.246).
 */
class BriefDevIT {

  static final double FLOOR = 0.283;

  static Path data() {
    for (Path p : List.of(Path.of("..", "shared", "data"), Path.of("..", "..", "shared", "data"))) {
      if (Files.isDirectory(p.resolve("brief-dev"))) return p;
    }
    return null;
  }

  /** The brief-dev articles, read and cleaned by the standard stages, grouped by their story field. */
  static Map<String, List<ComparedArticle>> stories(Path data) throws IOException {
    Pipeline.Prepared prepared = Pipeline.standard(PipelineConfig.defaults())
        .prepare(List.of(data.resolve("brief-dev/articles.jsonl")), ProgressListener.NONE);
    Map<String, List<ComparedArticle>> groups = new HashMap<>();
    for (CleanArticle c : prepared.articles()) {
      groups.computeIfAbsent(c.article().attributes().get("story"), k -> new ArrayList<>())
          .add(new ComparedArticle(c.article(), c.paragraphs()));
    }
    return groups;
  }

  /** The gold summaries of brief-dev by story. */
  static Map<String, String> gold(Path data) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> gold = new HashMap<>();
    for (String l : Files.readAllLines(data.resolve("brief-dev/gold.jsonl"))) {
      if (l.isBlank()) continue;
      JsonNode o = json.readTree(l);
      gold.put(o.get("story").asText(), o.get("summary").asText());
    }
    return gold;
  }

  @Test
  void rougeLAboveFloor() throws Exception {
    Path data = data();
    assumeTrue(data != null, "../shared/data/brief-dev not found; skipping");
    Map<String, List<ComparedArticle>> groups = stories(data);
    Map<String, String> gold = gold(data);
    Briefer briefer = new Briefer();
    double rl = 0;
    int sentencesOutOfRange = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      List<ComparedArticle> event = groups.getOrDefault(e.getKey(), List.of());
      List<BriefSentence> brief = briefer.brief(event);
      if (brief.size() < 3 || brief.size() > 7) sentencesOutOfRange++;
      StringBuilder sb = new StringBuilder();
      for (BriefSentence s : brief) sb.append(s.text()).append(' ');
      rl += rougeL(tokens(e.getValue()), tokens(sb.toString()));
    }
    rl /= gold.size();
    System.out.printf(Locale.ROOT, "brief-dev ROUGE-L %.4f over %d stories (%d briefs outside 3-7 sentences)%n",
        rl, gold.size(), sentencesOutOfRange);
    assertThat(rl).isGreaterThan(FLOOR);
    assertThat(sentencesOutOfRange).isLessThan(gold.size() / 20);
  }

  static List<String> tokens(String s) {
    return Rouge.tokens(s);
  }

  static double rougeL(List<String> ref, List<String> pred) {
    return Rouge.rougeL(ref, pred);
  }
}
