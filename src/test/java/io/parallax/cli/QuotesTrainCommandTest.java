package io.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training command's refusals: what is missing is said, and nothing is written. */
class QuotesTrainCommandTest {

  /** A gold folder with one text and, if asked, an (empty) attributions folder. */
  private static Path goldFolder(Path tmp, boolean attributions) throws IOException {
    Files.createDirectories(tmp.resolve("text"));
    Files.writeString(tmp.resolve("text/a.txt"), "The mayor said the bridge would reopen.");
    if (attributions) Files.createDirectories(tmp.resolve("attributions"));
    return tmp;
  }

  @Test
  void aFolderWithoutAttributionsIsAUsageError(@TempDir Path tmp) throws Exception {
    Path model = tmp.resolve("m.bin.gz");
    assertThat(Main.run("quotes-train", goldFolder(tmp, false).toString(), "--out", model.toString())).isEqualTo(2);
    assertThat(model).doesNotExist();
  }

  @Test
  void textsWithoutAnyGoldAreNotTrainedOn(@TempDir Path tmp) throws Exception {
    Path model = tmp.resolve("m.bin.gz");
    assertThat(Main.run("quotes-train", goldFolder(tmp, true).toString(), "--out", model.toString())).isEqualTo(3);
    assertThat(model).doesNotExist();
  }

  @Test
  void withNeitherModelNorPredictionsThereIsNothingToDo(@TempDir Path tmp) throws Exception {
    assertThat(Main.run("quotes-train", goldFolder(tmp, true).toString())).isEqualTo(2);
  }
}
