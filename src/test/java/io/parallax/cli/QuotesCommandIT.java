package io.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code parallax quotes} contract: one line per article, offsets into the text as read. */
class QuotesCommandIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void txtAndJsonlInputsGiveOneLinePerArticleWithExactOffsets(@TempDir Path tmp) throws Exception {
    String txt = "Résumé first.\n\n“We will not leave,” said Mayor Ana López, who met residents on Friday.\n";
    Path folder = Files.createDirectories(tmp.resolve("in/sub"));
    Files.writeString(folder.resolve("city-hall.txt"), txt, StandardCharsets.UTF_8);
    String jsonText = "The spokesman said the talks had failed.\nOfficials said the border would reopen on Monday.";
    Files.writeString(tmp.resolve("in/batch.jsonl"),
        JSON.writeValueAsString(JSON.createObjectNode().put("id", "a-17").put("text", jsonText)) + "\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("q.jsonl");

    assertThat(Main.run("quotes", tmp.resolve("in").toString(), "--out", out.toString())).isZero();

    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    JsonNode batch = JSON.readTree(lines.get(0));
    assertThat(batch.get("id").asText()).isEqualTo("a-17");
    JsonNode officials = batch.get("quotes").get(1);
    assertThat(officials.get("text").asText()).isEqualTo("the border would reopen on Monday");
    assertThat(jsonText.substring(officials.get("start").asInt(), officials.get("end").asInt()))
        .isEqualTo("the border would reopen on Monday");
    assertThat(officials.get("speaker").asText()).isEqualTo("Officials");
    assertThat(officials.get("speaker_resolved").asText()).isEqualTo("Officials");
    assertThat(officials.get("cue").asText()).isEqualTo("said");
    assertThat(jsonText.substring(officials.get("cue_start").asInt(), officials.get("cue_end").asInt()))
        .isEqualTo("said");
    assertThat(officials.get("direct").asBoolean()).isFalse();

    JsonNode city = JSON.readTree(lines.get(1));
    assertThat(city.get("id").asText()).isEqualTo("city-hall");
    JsonNode q = city.get("quotes").get(0);
    assertThat(txt.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo("“We will not leave,”");
    assertThat(q.get("speaker").asText()).isEqualTo("Mayor Ana López"); // as written
    assertThat(q.get("speaker_resolved").asText()).isEqualTo("Ana López"); // the person it names
    assertThat(txt.substring(q.get("speaker_start").asInt(), q.get("speaker_end").asInt()))
        .isEqualTo("Mayor Ana López");
    assertThat(q.get("direct").asBoolean()).isTrue();
  }

  @Test
  void anUnresolvedSpeakerIsNull(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("anon.txt");
    Files.writeString(in, "\"Nobody is coming to help us, not today and not tomorrow.\"\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("q.jsonl");
    assertThat(Main.run("quotes", in.toString(), "--out", out.toString())).isZero();
    JsonNode q = JSON.readTree(Files.readString(out)).get("quotes").get(0);
    assertThat(q.get("speaker").isNull()).isTrue();
    assertThat(q.get("speaker_resolved").isNull()).isTrue();
    assertThat(q.get("speaker_start").isNull()).isTrue();
    assertThat(q.get("cue").isNull()).isTrue();
    assertThat(q.get("cue_start").isNull()).isTrue();
    assertThat(q.get("cue_end").isNull()).isTrue();
  }
}
