package io.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API and the server's rules, over the sample corpus and the hostile fixture indexed with {@code parallax index}. */
class ServeApiIT {

  @TempDir static Path tmp;
  static ServedStore served;

  @BeforeAll
  static void start() throws Exception {
    served = ServedStore.index(tmp.resolve("store"), Optional.empty(), ServedStore.SAMPLE, ServedStore.HOSTILE);
  }

  @AfterAll
  static void stop() throws Exception {
    if (served != null) served.close();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void eventsListTheTwoSampleEventsWithTheirArticlesAndOutlets() throws Exception {
    JsonNode events = served.getJson("/api/events").get("events");
    List<JsonNode> sample = new ArrayList<>();
    for (JsonNode e : events) {
      assertThat(e.fieldNames()).toIterable().contains("id", "title", "storyline", "articles", "outlets");
      if (texts(e.get("articles")).stream().anyMatch(a -> a.matches("00\\d_.*"))) sample.add(e);
    }
    assertThat(sample).hasSize(2);
    assertThat(sample.get(0).get("outlets")).hasSize(4); // ranked by outlets: the four-outlet event first
    assertThat(sample.get(1).get("outlets")).hasSize(1);
    assertThat(sample.get(0).get("storyline")).isEqualTo(sample.get(1).get("storyline"));
    List<String> all = new ArrayList<>(texts(sample.get(0).get("articles")));
    all.addAll(texts(sample.get(1).get("articles")));
    assertThat(all).containsExactlyInAnyOrder("000_8f5287c78f024da0", "001_73969fc08ec52b04", "002_353da62e5ebac79a",
        "003_dd1f51f55cdb60a0", "004_64a8b22b66e33c90");
  }

  @Test
  void theEventListFiltersByOutletAndDate() throws Exception {
    List<String> cnn = new ArrayList<>();
    for (JsonNode e : served.getJson("/api/events?outlet=CNN").get("events")) cnn.add(e.get("id").asText());
    assertThat(cnn).containsExactly(served.eventOf("002_353da62e5ebac79a"));
    List<String> may = new ArrayList<>();
    for (JsonNode e : served.getJson("/api/events?from=2024-05-01&to=2024-05-31").get("events")) may.add(e.get("id").asText());
    assertThat(may).containsExactly(served.eventOf("hostile-1")); // the sample's articles carry no date
    assertThat(served.getJson("/api/events?from=2024-06-01").get("events")).isEmpty();
    HttpResponse<String> bad = served.get("/api/events?from=yesterday");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("must be a date");
    String page = served.get("/?outlet=CNN").body();
    assertThat(page).contains("data-event=\"" + served.eventOf("002_353da62e5ebac79a") + "\"")
        .doesNotContain("data-event=\"" + served.eventOf("004_64a8b22b66e33c90") + "\"");
  }

  @Test
  void anEventIsTheReportEventAndEveryCitedSpanPointsIntoItsArticle() throws Exception {
    String id = served.eventOf("002_353da62e5ebac79a");
    JsonNode e = served.getJson("/api/events/" + id);
    assertThat(e.fieldNames()).toIterable().contains("id", "storyline", "title", "date", "articles", "outlets", "quotes",
        "discrepancies", "consensus", "single_source", "framing", "loaded_words", "copied", "brief", "copied_share");
    assertThat(e.get("id").asText()).isEqualTo(id);
    assertThat(e.get("copied_share")).allSatisfy(s -> assertThat(s.get("original").asText()).isEqualTo("AFP"));
    assertThat(e.get("outlets")).hasSize(4);
    assertThat(e.get("brief")).isNotEmpty();
    assertThat(e.get("consensus")).isNotEmpty();
    Map<String, String> texts = new HashMap<>();
    for (String a : texts(e.get("articles"))) texts.put(a, served.getJson("/api/articles/" + a).get("original_text").asText());
    int checked = 0;
    for (JsonNode claim : e.get("consensus")) {
      for (JsonNode ev : claim.get("evidence")) {
        String text = texts.get(ev.get("article_id").asText());
        assertThat(text.substring(ev.get("span").get("start").asInt(), ev.get("span").get("end").asInt()))
            .isEqualTo(ev.get("text").asText());
        checked++;
      }
    }
    for (JsonNode sentence : e.get("brief")) {
      JsonNode first = sentence.get("spans").get(0);
      assertThat(first.get("part").asText()).isEqualTo("text");
      String cited = texts.get(first.get("article_id").asText())
          .substring(first.get("span").get("start").asInt(), first.get("span").get("end").asInt());
      String words = sentence.get("text").asText();
      assertThat(cited).contains(words.substring(words.length() / 2)); // a leading connective may be dropped
      checked++;
    }
    assertThat(checked).isGreaterThan(2);
  }

  @Test
  void articlesKeepUntrustedTextExactlyAsRead() throws Exception {
    List<String> lines = Files.readAllLines(ServedStore.HOSTILE);
    JsonNode fixture = ServedStore.JSON.readTree(lines.get(0));
    JsonNode a = served.getJson("/api/articles/" + fixture.get("id").asText());
    assertThat(a.get("original_text").asText()).isEqualTo(fixture.get("text").asText());
    assertThat(a.get("title").asText()).isEqualTo(fixture.get("title").asText());
    assertThat(a.get("outlet").asText()).isEqualTo(fixture.get("outlet").asText());
    assertThat(a.get("event").asText()).isEqualTo(served.eventOf(fixture.get("id").asText()));
    assertThat(a.get("annotations").get("sentences")).isNotEmpty();
  }

  @Test
  void storylinesListTheirEventsInDateOrder() throws Exception {
    String event = served.eventOf("000_8f5287c78f024da0");
    String storyline = served.getJson("/api/events/" + event).get("storyline").asText();
    JsonNode s = served.getJson("/api/storylines/" + storyline);
    assertThat(s.get("id").asText()).isEqualTo(storyline);
    List<String> ids = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    for (JsonNode e : s.get("events")) {
      assertThat(e.fieldNames()).toIterable().contains("id", "title", "date");
      ids.add(e.get("id").asText());
      dates.add(e.get("date").isNull() ? "9999-99-99" : e.get("date").asText()); // undated last
    }
    assertThat(ids).contains(event, served.eventOf("004_64a8b22b66e33c90"));
    assertThat(dates).isSorted();
    // the hostile fixture is dated: its storyline's events carry their day
    String hostile = served.getJson("/api/events/" + served.eventOf("hostile-1")).get("storyline").asText();
    assertThat(served.getJson("/api/storylines/" + hostile).get("events").get(0).get("date").asText()).isEqualTo("2024-05-04");
  }

  @Test
  void searchFindsKirbyAsSearchJsonDoes() throws Exception {
    JsonNode hits = served.getJson("/api/search?q=Kirby").get("hits");
    assertThat(hits).isNotEmpty();
    for (JsonNode h : hits) {
      assertThat(h.fieldNames()).toIterable().containsExactly("kind", "id", "title", "score", "event", "storyline", "found_by");
      if (h.get("kind").asText().equals("article") && texts(h.get("found_by")).contains("keyword")) {
        assertThat(served.getJson("/api/articles/" + h.get("id").asText()).get("original_text").asText()).contains("Kirby");
      }
    }
  }

  /** A paraphrase of the sample's story that shares no word with the Al Arabiya article ({@code 000_…}). */
  static final String PARAPHRASE = "American leader cautions Jerusalem premier against storming the southern enclave";

  @Test
  void semanticSearchFindsAnArticleThatSharesNoKeywordWithTheQuery() throws Exception {
    assertThat(served.library.search(PARAPHRASE, 50)).extracting(h -> h.id()).doesNotContain("000_8f5287c78f024da0");
    Map<String, List<String>> foundBy = new java.util.LinkedHashMap<>();
    for (JsonNode h : served.getJson("/api/search?q=" + URLEncoder.encode(PARAPHRASE, StandardCharsets.UTF_8)).get("hits")) {
      foundBy.put(h.get("id").asText(), texts(h.get("found_by")));
    }
    assertThat(foundBy.values().iterator().next()).as("found by both ranks first").containsExactly("keyword", "semantic");
    assertThat(foundBy.get("000_8f5287c78f024da0")).containsExactly("semantic");
    assertThat(foundBy.get("004_64a8b22b66e33c90")).containsExactly("keyword", "semantic");
    assertThat(foundBy.get("e-004_64a8b22b66e33c90")).containsExactly("keyword");
    assertThat(foundBy).doesNotContainKeys("hostile-1", "hostile-2"); // another story: neither word nor meaning
  }

  @Test
  void searchHonoursTheOutletAndDateFilters() throws Exception {
    String outlet = served.library.catalog().article("000_8f5287c78f024da0").orElseThrow().outlet();
    String q = URLEncoder.encode(PARAPHRASE, StandardCharsets.UTF_8);
    List<String> ids = new ArrayList<>();
    served.getJson("/api/search?q=" + q + "&outlet=" + URLEncoder.encode(outlet, StandardCharsets.UTF_8)).get("hits")
        .forEach(h -> ids.add(h.get("id").asText()));
    assertThat(ids).containsExactly("000_8f5287c78f024da0");
    assertThat(served.getJson("/api/search?q=" + q + "&from=2030-01-01").get("hits")).isEmpty();
  }

  @Test
  void aMalformedQueryGetsOneClearMessageNeverAStackTrace() throws Exception {
    HttpResponse<String> api = served.get("/api/search?q=" + URLEncoder.encode("title:(", StandardCharsets.UTF_8));
    assertThat(api.statusCode()).isEqualTo(400);
    String message = ServedStore.JSON.readTree(api.body()).get("error").asText();
    assertThat(message).contains("Cannot read search query").doesNotContain("\n").doesNotContain("at org.");
    HttpResponse<String> page = served.get("/search?q=" + URLEncoder.encode("\"unclosed", StandardCharsets.UTF_8));
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("class=\"error\"").contains("Cannot read search query").doesNotContain("Exception");
  }

  @Test
  void everyResponseCarriesAPolicyWithoutInlineScript() throws Exception {
    for (String path : List.of("/", "/api/events", "/search?q=Rafah", "/no/such/page", "/static/parallax.js",
        "/articles/" + URLEncoder.encode("<nope>", StandardCharsets.UTF_8))) {
      HttpResponse<String> r = served.get(path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).as(path).contains("script-src 'self'").contains("default-src 'none'").doesNotContain("unsafe");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }
  }

  @Test
  void unknownIdsAre404WithTheIdEscaped() throws Exception {
    HttpResponse<String> api = served.get("/api/events/nope");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(ServedStore.JSON.readTree(api.body()).get("error").asText()).isEqualTo("No event 'nope' in the store");
    HttpResponse<String> page = served.get("/storylines/" + URLEncoder.encode("<script>x</script>", StandardCharsets.UTF_8));
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x");
  }

  @Test
  void queryStringsAndSearchQueriesAreSizeLimited() throws Exception {
    assertThat(served.get("/search?q=" + "a".repeat(WebServer.MAX_QUERY_STRING + 10)).statusCode()).isEqualTo(414);
    HttpResponse<String> longQuery = served.get("/api/search?q=" + "word+".repeat(120));
    assertThat(longQuery.statusCode()).isEqualTo(400);
    assertThat(longQuery.body()).contains("too long");
  }

  @Test
  void pagesShowHostileTextAsText() throws Exception {
    String event = served.get(Links.event(served.eventOf("hostile-1"))).body();
    String article = served.get("/articles/hostile-1").body();
    for (String page : List.of(event, article, served.get("/").body())) {
      assertThat(page).contains("&lt;script&gt;");
      Document dom = Jsoup.parse(page); // as a browser builds it: the hostile markup must be text, never elements
      assertThat(dom.select("script")).singleElement().satisfies(s -> assertThat(s.attr("src")).isEqualTo("/static/parallax.js"));
      assertThat(dom.select("img, svg, iframe, style")).isEmpty();
      assertThat(dom.getAllElements()).allSatisfy(el -> assertThat(el.attributes().asList())
          .noneMatch(a -> a.getKey().startsWith("on") || a.getValue().strip().toLowerCase().startsWith("javascript:")));
      assertThat(dom.text()).contains("<script>window.__pwned");
    }
    assertThat(article).doesNotContain("javascript:alert(&#39;url&#39;)\"").contains("&lt;b onmouseover=");
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() throws Exception {
    JsonNode doc = served.getJson("/api/openapi.json");
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(doc.get("paths").fieldNames()).toIterable().contains("/api/events", "/api/events/{id}",
        "/api/storylines/{id}", "/api/articles/{id}", "/api/articles", "/api/search");
  }
}
