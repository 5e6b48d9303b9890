package io.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletGroupsTest {

  @TempDir Path tmp;

  private Path csv() throws Exception {
    return Files.writeString(tmp.resolve("outlets.csv"), """
        name,domain,country,lean
        CNN,cnn.com,US,centre-left
        The Hill,thehill.com,US,centre
        Ahram Online,ahram.org.eg,EG,state
        Fox News,foxnews.com,US,right
        "Evil <img src=x onerror=""window.__pwned='outlet'""> Gazette",evil.example,XX,none
        "The ""Quoted"" & <Tagged> Herald",herald.example,XX,"left, loudly"
        """);
  }

  @Test
  void readsTheUsersTaxonomyWithQuotedFields() throws Exception {
    OutletGroups groups = OutletGroups.read(csv());
    assertThat(groups.labels()).containsExactly("country", "lean");
    assertThat(groups.of("cnn")).containsEntry("country", "US").containsEntry("lean", "centre-left");
    assertThat(groups.of("Ahram Online/AFP")).containsEntry("country", "EG");
    assertThat(groups.of("The \"Quoted\" & <Tagged> Herald")).containsEntry("lean", "left, loudly");
    assertThat(groups.of("Unknown Daily")).isEmpty();
    assertThat(groups.onlyGroups(List.of("CNN", "Fox News"))).containsExactly(new OutletGroups.Group("country", "US"));
    assertThat(groups.onlyGroups(List.of("CNN", "Ahram Online/AFP"))).isEmpty();
    assertThat(groups.onlyGroups(List.of("CNN", "Unknown Daily"))).isEmpty();
    assertThat(groups.onlyGroups(List.of("CNN"))).as("one outlet is no group coverage").isEmpty();
  }

  @Test
  void articlesFindTheirGroupByTheHostOfTheirUrl() throws Exception {
    OutletGroups groups = OutletGroups.read(csv());
    assertThat(groups.of("Cable News Network", Optional.of("https://edition.cnn.com/2024/03/18/politics/biden-netanyahu-call")))
        .containsEntry("lean", "centre-left");
    assertThat(groups.of("", Optional.of("https://www.foxnews.com/politics/biden-netanyahu"))).containsEntry("lean", "right");
    assertThat(groups.of("Ahram", Optional.of("http://WWW.English.Ahram.org.eg:80/News/517610.aspx"))).containsEntry("country", "EG");
    assertThat(groups.of("Not CNN", Optional.of("https://notcnn.com/a"))).as("a domain matches whole labels only").isEmpty();
    assertThat(groups.of("CNN", Optional.of("https://www.foxnews.com/x"))).as("the name wins").containsEntry("lean", "centre-left");
    Map<String, String> urls = Map.of("Cable News Network", "https://edition.cnn.com/a", "FOX", "https://www.foxnews.com/b");
    assertThat(groups.onlyGroups(List.of("Cable News Network", "FOX"), o -> Optional.ofNullable(urls.get(o))))
        .containsExactly(new OutletGroups.Group("country", "US"));
    assertThat(groups.onlyGroups(List.of("Cable News Network", "FOX"))).as("by name alone both are unlisted").isEmpty();
  }

  @Test
  void anUnusableFileSaysWhy() throws Exception {
    Path noName = Files.writeString(tmp.resolve("a.csv"), "outlet,country\nCNN,US\n");
    assertThatThrownBy(() -> OutletGroups.read(noName)).hasMessageContaining("must be 'name'");
    Path ragged = Files.writeString(tmp.resolve("b.csv"), "name,country\nCNN,US,extra\n");
    assertThatThrownBy(() -> OutletGroups.read(ragged)).hasMessageContaining("line 2");
  }

  @Test
  void eventsCoveredByOneGroupAreMarkedInTheApiAndPages() throws Exception {
    try (ServedStore served = ServedStore.index(tmp.resolve("store"), Optional.empty(), OutletGroups.read(csv()),
        ServedStore.SAMPLE, ServedStore.HOSTILE)) {
      for (JsonNode e : served.getJson("/api/events").get("events")) {
        String only = e.get("only_groups").toString();
        if (e.get("articles").toString().contains("hostile-1")) assertThat(only).isEqualTo("[{\"label\":\"country\",\"value\":\"XX\"}]");
        else assertThat(only).isEqualTo("[]");
      }
      String event = served.eventOf("hostile-1");
      String storyline = served.getJson("/api/events").get("events").findValues("storyline").stream()
          .filter(n -> n.asText().contains("hostile")).findFirst().orElseThrow().asText();
      String page = served.get(Links.storyline(storyline)).body();
      assertThat(page).contains("data-event=\"" + event + "\"").contains("Covered only by country: XX")
          .contains("title=\"Evil &lt;img src=x onerror=&#34;window.__pwned=&#39;outlet&#39;&#34;> Gazette: 1 article(s); country: XX, lean: none\"");
    }
  }
}
