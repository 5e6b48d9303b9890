package io.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class ArticleCardsTest {

  private static final StoredArticle BRIDGE = new StoredArticle("a-1", "Harbour bridge to close for repairs", "",
      Optional.of(LocalDate.of(2024, 3, 18)), "e7", "s2", Set.of(), Set.of(), new byte[] {1, 2, 3});

  private static String shown(StoredArticle a) {
    return a.id() + "|" + a.title() + "|" + a.published().map(LocalDate::toString).orElse("-") + "|" + a.eventId()
        + "|" + a.storylineId() + "|" + java.util.Arrays.toString(a.features());
  }

  @Test
  void aCardReadsBackAsWritten() {
    StoredArticle back = ArticleCards.decode(new BytesRef(ArticleCards.encode(BRIDGE)));

    assertThat(shown(back)).isEqualTo("a-1|Harbour bridge to close for repairs|2024-03-18|e7|s2|[1, 2, 3]");
  }

  @Test
  void aCardWrittenBeforeTheVersionMarkerIsRefusedWithWhatToDo() {
    byte[][] s = {utf8("a-1"), utf8("Harbour bridge to close for repairs"), utf8("e7"), utf8("s2")};
    ByteBuffer old = ByteBuffer.allocate(4 * 4 + 8 + 3 + s[0].length + s[1].length + s[2].length + s[3].length);
    old.putInt(s[0].length).put(s[0]).putInt(s[1].length).put(s[1]).putLong(Long.MIN_VALUE)
        .putInt(s[2].length).put(s[2]).putInt(s[3].length).put(s[3]).put(new byte[] {1, 2, 3});

    assertThatThrownBy(() -> ArticleCards.decode(new BytesRef(old.array())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Stored article cards have format version 1, written by an older Parallax; this one reads 2: "
            + "re-index the articles into a fresh store");
  }

  @Test
  void aCardOfANewerFormatIsRefusedWithWhatToDo() {
    byte[] card = ArticleCards.encode(BRIDGE);
    ByteBuffer.wrap(card).putInt(-(ArticleCards.FORMAT.version() + 1));

    assertThatThrownBy(() -> ArticleCards.decode(new BytesRef(card)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Stored article cards have format version 3, newer than this version of Parallax reads (2): "
            + "use the Parallax that wrote the store, or re-index the articles into a fresh store");
  }

  @Test
  void aCutCardIsReportedAsDamaged() {
    byte[] card = ArticleCards.encode(BRIDGE);

    assertThatThrownBy(() -> ArticleCards.decode(new BytesRef(card, 0, 12)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Stored article cards are truncated or damaged (12 bytes)")
        .hasMessageEndingWith("re-index the articles into a fresh store");
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
