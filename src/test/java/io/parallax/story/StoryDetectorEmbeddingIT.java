package io.parallax.story;

import static io.parallax.story.StoryDetectorTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.clean.CleanArticle;
import io.parallax.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The default detector (MiniLM storylines, lexical events): loads the model, hence an IT. */
class StoryDetectorEmbeddingIT {

  private final StoryDetector detector = StoryDetector.standard();

  @Test
  void sampleCorpusIsTwoCallsInOneStoryline() throws Exception {
    List<CleanArticle> articles = Pipeline.readCleaned(List.of(Path.of("corpus", "rafah-2024")));

    Stories stories = detector.detect(articles);

    Map<String, String> event = StoryDetectorTest.eventOf(stories);
    assertThat(stories.storylines()).hasSize(1);
    assertThat(stories.events()).hasSize(2);
    assertThat(List.of(event.get("001"), event.get("002"), event.get("003"))).containsOnly(event.get("000"));
    assertThat(event.get("004")).isNotEqualTo(event.get("000"));
  }

  @Test
  void aFireAndTheArrestOverItAreTwoEventsOfOneStorylineApartFromAnUnrelatedStory() {
    List<CleanArticle> articles = List.of(
        article("fire1", "2024-03-04", "Huge blaze destroys Leeds textile factory",
            "A huge fire destroyed a textile factory in the Kirkstall area of Leeds overnight, West Yorkshire Fire and"
                + " Rescue Service said on Monday. Twelve fire engines and 70 firefighters fought the blaze, which started"
                + " shortly after 2am. Nobody was hurt; nearby homes were evacuated as a precaution."),
        article("fire2", "2024-03-04", "Kirkstall factory fire: homes evacuated as 70 firefighters tackle blaze",
            "Seventy firefighters spent the night tackling a blaze at a textile factory in Kirkstall, Leeds. West Yorkshire"
                + " Fire and Rescue Service said the fire broke out at about 2am on Monday and that residents of nearby"
                + " streets had been evacuated. No injuries were reported."),
        article("arrest1", "2024-03-12", "Man arrested on suspicion of arson over Leeds factory fire",
            "West Yorkshire Police have arrested a 34-year-old man on suspicion of arson after the fire that destroyed a"
                + " textile factory in Kirkstall, Leeds, last week. Detectives said on Tuesday that the fire had been started"
                + " deliberately. The man remains in custody."),
        article("arrest2", "2024-03-12", "Arson arrest after Kirkstall textile factory blaze",
            "A man aged 34 has been arrested on suspicion of arson following the blaze at a Kirkstall textile factory,"
                + " West Yorkshire Police said on Tuesday. Fire investigators concluded the fire was started deliberately."
                + " The man is being held for questioning."),
        article("rate1", "2024-03-21", "Bank of England holds interest rates at 5.25%",
            "The Bank of England kept interest rates at 5.25% on Thursday, as its Monetary Policy Committee voted 8-1 to"
                + " hold. Governor Andrew Bailey said inflation was moving in the right direction but that the bank needed"
                + " to see more evidence before cutting."),
        article("rate2", "2024-03-21", "Rates unchanged as Bailey signals cuts are coming",
            "Interest rates were held at 5.25% by the Bank of England on Thursday. Andrew Bailey, the governor, said the"
                + " economy was not yet at the point where rates could be cut, although inflation had fallen faster than"
                + " expected."));

    Stories stories = detector.detect(articles);

    Map<String, Stories.Assignment> by = stories.assignments().stream()
        .collect(Collectors.toMap(Stories.Assignment::articleId, a -> a));
    assertThat(by.get("fire1").eventId()).isEqualTo(by.get("fire2").eventId());
    assertThat(by.get("arrest1").eventId()).isEqualTo(by.get("arrest2").eventId());
    assertThat(by.get("fire1").eventId()).isNotEqualTo(by.get("arrest1").eventId());
    assertThat(by.get("fire1").storylineId()).isEqualTo(by.get("arrest1").storylineId());
    assertThat(by.get("rate1").storylineId()).isEqualTo(by.get("rate2").storylineId()).isNotEqualTo(by.get("fire1").storylineId());
  }
}
