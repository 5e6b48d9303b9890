package io.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.brief.BriefTrainer;
import io.parallax.clean.CleanArticle;
import io.parallax.compare.ComparedArticle;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.pipeline.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stories for the brief: articles grouped by a JSONL field, and brief data sets with editors' summaries. */
final class BriefStories {

  private BriefStories() {}

  /** The prepared articles grouped by {@code field}, in input order; articles without it go to {@code ungrouped}. */
  static Map<String, List<ComparedArticle>> group(Pipeline.Prepared prepared, String field, List<String> ungrouped) {
    Map<String, List<ComparedArticle>> groups = new LinkedHashMap<>();
    for (CleanArticle c : prepared.articles()) {
      String group = c.article().attributes().get(field);
      if (group == null || group.isBlank()) {
        ungrouped.add(c.article().source());
        continue;
      }
      groups.computeIfAbsent(group, k -> new ArrayList<>()).add(new ComparedArticle(c.article(), c.paragraphs()));
    }
    return groups;
  }

  /**
   * A brief data set folder: {@code articles.jsonl} (with a {@code story} field) and {@code gold.jsonl}
   * ({@code {"story", "summary"}} per line), as the stories that have a summary, in gold order.
   */
  static List<BriefTrainer.Story> read(Path dir, ProgressListener progress) throws IOException {
    Path articles = dir.resolve("articles.jsonl");
    Path gold = dir.resolve("gold.jsonl");
    if (!Files.isRegularFile(articles) || !Files.isRegularFile(gold)) {
      throw new IllegalArgumentException(dir + " needs articles.jsonl (articles with a \"story\" field) and gold.jsonl "
          + "({\"story\", \"summary\"} per line); give a folder such as ../shared/data/brief-train");
    }
    Pipeline.Prepared prepared = Pipeline.standard(PipelineConfig.defaults()).prepare(List.of(articles), progress);
    progress.done();
    Map<String, List<ComparedArticle>> groups = group(prepared, "story", new ArrayList<>());
    ObjectMapper json = new ObjectMapper();
    List<BriefTrainer.Story> out = new ArrayList<>();
    for (String line : Files.readAllLines(gold)) {
      if (line.isBlank()) continue;
      JsonNode o = json.readTree(line);
      String story = o.path("story").asText();
      out.add(new BriefTrainer.Story(story, groups.getOrDefault(story, List.of()), o.path("summary").asText()));
    }
    return out;
  }
}
