package io.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/articles: new articles are assigned, archived and served without a restart; writes are guarded and size-limited. */
class ServeWritesIT {

  @TempDir Path tmp;

  private static final String ARTICLE = """
      {"id": "pushed-1", "outlet": "Riverton Post", "title": "Riverton lantern festival breaks its attendance record",
       "published": "2024-05-05T08:00:00Z",
       "text": "The lantern festival in Riverton drew more than 40,000 visitors on Saturday, its director Mara Quill said.\\n\\nThe town council said more than 300 volunteers helped run the festival, which began in 1987."}
      """;

  @Test
  void aPushedArticleJoinsTheStoreAndIsServedAtOnce() throws Exception {
    try (ServedStore served = ServedStore.index(tmp.resolve("store"), Optional.empty(), ServedStore.HOSTILE)) {
      int before = served.getJson("/api/events").get("events").size();
      HttpResponse<String> r = served.post("/api/articles", ARTICLE, Optional.empty());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      JsonNode added = ServedStore.JSON.readTree(r.body()).get("added");
      assertThat(added).hasSize(1);
      assertThat(added.get(0).get("id").asText()).isEqualTo("pushed-1");
      String event = added.get(0).get("event").asText();
      assertThat(served.eventOf("pushed-1")).isEqualTo(event);
      assertThat(served.getJson("/api/events").get("events").size()).isBetween(before, before + 1);
      assertThat(served.getJson("/api/articles/pushed-1").get("original_text").asText()).startsWith("The lantern festival in Riverton");
      assertThat(served.getJson("/api/events/" + event).get("articles").toString()).contains("pushed-1");
    }
  }

  @Test
  void idsThatAreUrlsAreServedUnderTheirOwnPaths() throws Exception {
    String id = "https://example.org/news/2024/05/lanterns?page=1&ref=<x>";
    try (ServedStore served = ServedStore.index(tmp.resolve("store"), Optional.empty(), ServedStore.HOSTILE)) {
      String body = ARTICLE.replace("pushed-1", id.replace("\"", "\\\""));
      assertThat(served.post("/api/articles", body, Optional.empty()).statusCode()).isEqualTo(201);
      assertThat(served.getJson("/api/articles/" + Links.segment(id)).get("id").asText()).isEqualTo(id);
      HttpResponse<String> page = served.get(Links.article(id));
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Riverton lantern festival breaks its attendance record");
      assertThat(served.get(Links.event(served.eventOf(id))).body()).contains("href=\"" + Links.article(id).replace("&", "&amp;") + "\"");
    }
  }

  @Test
  void unreadableOrOversizedBodiesAreRefusedWithAMessage() throws Exception {
    try (ServedStore served = ServedStore.index(tmp.resolve("store"), Optional.empty(), ServedStore.HOSTILE)) {
      HttpResponse<String> notJson = served.post("/api/articles", "<html>", Optional.empty());
      assertThat(notJson.statusCode()).isEqualTo(400);
      assertThat(ServedStore.JSON.readTree(notJson.body()).get("error").asText()).startsWith("Body is not JSON");
      String huge = "{\"id\":\"big\",\"text\":\"" + "x".repeat(WebServer.MAX_BODY + 1) + "\"}";
      assertThat(served.post("/api/articles", huge, Optional.empty()).statusCode()).isEqualTo(413);
      HttpResponse<String> empty = served.post("/api/articles", "{\"id\":\"blank\",\"text\":\"  \"}", Optional.empty());
      assertThat(empty.statusCode()).isEqualTo(422);
      assertThat(ServedStore.JSON.readTree(empty.body()).get("skipped")).hasSize(1);
      assertThat(served.get("/api/articles/big").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void withATokenWritesNeedIt() throws Exception {
    String token = "a-long-enough-test-token-1234";
    try (ServedStore served = ServedStore.index(tmp.resolve("store"), Optional.of(token), ServedStore.HOSTILE)) {
      assertThat(served.post("/api/articles", ARTICLE, Optional.empty()).statusCode()).isEqualTo(401);
      assertThat(served.post("/api/articles", ARTICLE, Optional.of("Bearer wrong")).statusCode()).isEqualTo(403);
      assertThat(served.get("/api/articles/pushed-1").statusCode()).isEqualTo(404);
      assertThat(served.post("/api/articles", ARTICLE, Optional.of("Bearer " + token)).statusCode()).isEqualTo(201);
    }
  }
}
