package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletRegistryTest {

  @TempDir Path dir;

  private static Article article(String id, String outlet, String url) {
    return Article.builder(id, "test", "Text of " + id + ".").outlet(outlet).url(url).build();
  }

  @Test
  void spellingsHostsAndSubdomainsOfOneOutletGetOneNameAcrossRuns() throws IOException {
    Path file = dir.resolve("outlets.json");
    OutletRegistry first = OutletRegistry.open(file);
    assertThat(first.resolve(article("a", "The Guardian", "https://www.theguardian.com/world/1")).outlet())
        .contains("The Guardian");
    first.save();

    OutletRegistry second = OutletRegistry.open(file);
    assertThat(List.of(
            second.resolve(article("b", "the Guardian", null)),
            second.resolve(article("c", "www.theguardian.com", null)),
            second.resolve(article("d", null, "https://amp.theguardian.com/world/2"))))
        .allSatisfy(a -> assertThat(a.outlet()).contains("The Guardian"));
    assertThat(second.outlets()).singleElement().satisfies(o -> {
      assertThat(o.id()).isEqualTo("theguardian.com");
      assertThat(o.aliases()).containsExactly("The Guardian", "theguardian.com", "the Guardian", "www.theguardian.com");
    });
  }

  @Test
  void anOutletFirstKnownByItsHostTakesTheFirstRealName() throws IOException {
    OutletRegistry r = OutletRegistry.open(dir.resolve("outlets.json"));

    r.resolve(article("a", null, "https://news.bbc.co.uk/1"));
    Article named = r.resolve(article("b", "BBC News", "https://www.bbc.co.uk/news/2"));

    assertThat(named.outlet()).contains("BBC News");
    assertThat(r.outlets()).extracting(OutletRegistry.Outlet::id, OutletRegistry.Outlet::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("bbc.co.uk", "BBC News"));
  }

  @Test
  void oneNameOnAnotherDomainIsAnotherOutlet() throws IOException {
    OutletRegistry r = OutletRegistry.open(dir.resolve("outlets.json"));

    r.resolve(article("a", "The Guardian", "https://www.theguardian.com/1"));
    r.resolve(article("b", "The Guardian", "https://guardian.ng/news/2"));

    assertThat(r.outlets()).extracting(OutletRegistry.Outlet::id).containsExactly("theguardian.com", "guardian.ng");
  }

  @Test
  void aDamagedRegistrySaysWhatToDo() throws IOException {
    Path file = Files.writeString(dir.resolve("outlets.json"), "[{\"id\": ");

    assertThatThrownBy(() -> OutletRegistry.open(file)).isInstanceOf(IOException.class)
        .hasMessageStartingWith("outlet registry " + file + " is damaged").hasMessageContaining("delete it");
  }
}
