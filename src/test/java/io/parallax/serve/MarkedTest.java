package io.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.model.Span;
import io.parallax.serve.Marked.Mark;
import io.parallax.serve.Marked.Segment;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkedTest {

  @Test
  void overlappingMarksBecomeFlatSegmentsThatRebuildTheText() {
    String text = "\"We will go,\" Jake Sullivan said on Monday.";
    int speaker = text.indexOf("Jake");
    List<Mark> marks = List.of(
        new Mark(new Span(0, text.length()), "sent", null),
        new Mark(new Span(1, "\"We will go,".length()), "q", "quote"),
        new Mark(new Span(speaker, speaker + "Jake Sullivan".length()), "spk", "speaker"),
        new Mark(new Span(speaker, speaker + 4), "ent", "person"));
    List<Segment> segments = Marked.segments(text, 0, text.length(), marks);
    assertThat(segments.stream().map(Segment::text).collect(Collectors.joining())).isEqualTo(text);
    assertThat(segments).allSatisfy(s -> assertThat(s.end()).isGreaterThan(s.start()));
    assertThat(segments).filteredOn(s -> s.text().equals("We will go,")).singleElement()
        .satisfies(s -> assertThat(s.cls()).isEqualTo("sent q"));
    assertThat(segments).filteredOn(s -> s.text().equals("Jake")).singleElement()
        .satisfies(s -> assertThat(s.cls()).isEqualTo("sent spk ent"));
    assertThat(segments).filteredOn(s -> s.text().equals(" Sullivan")).singleElement()
        .satisfies(s -> assertThat(s.title()).isEqualTo("speaker"));
  }

  @Test
  void aRangeKeepsOnlyItsOwnTextAndClipsMarks() {
    String text = "First paragraph.\n\nSecond one here.";
    int from = text.indexOf("Second");
    List<Segment> segments = Marked.segments(text, from, text.length(), List.of(
        new Mark(new Span(0, from + 6), "q", null), new Mark(new Span(0, 5), "ent", null)));
    assertThat(segments).extracting(Segment::text).containsExactly("Second", " one here.");
    assertThat(segments.get(0).cls()).isEqualTo("q");
    assertThat(segments.get(1).cls()).isNull();
  }
}
