package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellsTest {

  /** A unit vector near axis {@code axis} of a 4-dimensional space, tilted by {@code tilt} towards the next axis. */
  private static float[] near(int axis, double tilt) {
    float[] v = new float[4];
    v[axis] = (float) Math.cos(tilt);
    v[(axis + 1) % 4] = (float) Math.sin(tilt);
    return v;
  }

  /** Three groups of articles around three axes, ten each. */
  private static List<float[]> threeGroups() {
    List<float[]> points = new ArrayList<>();
    for (int axis = 0; axis < 3; axis++) {
      for (int i = 0; i < 10; i++) points.add(near(axis, 0.02 * i));
    }
    return points;
  }

  @Test
  void aWindowThatFitsOneBlockIsSearchedExactly() {
    Cells cells = Cells.fit(threeGroups(), 30, 30, 8);

    assertThat(cells.count()).isEqualTo(1);
    assertThat(cells.probe(near(2, 0.1))).containsExactly(0);
  }

  @Test
  void aLargerWindowIsSplitIntoCellsThatKeepEachGroupTogether() {
    Cells cells = Cells.fit(threeGroups(), 30, 10, 1);

    assertThat(cells.count()).isEqualTo(3);
    for (int axis = 0; axis < 3; axis++) {
      int home = cells.home(near(axis, 0));
      for (int i = 1; i < 10; i++) assertThat(cells.home(near(axis, 0.02 * i))).isEqualTo(home);
    }
    assertThat(List.of(cells.home(near(0, 0)), cells.home(near(1, 0)), cells.home(near(2, 0))))
        .containsExactlyInAnyOrder(0, 1, 2);
  }

  @Test
  void anArticleSearchesItsHomeCellFirstThenTheNearestOthers() {
    Cells cells = Cells.fit(threeGroups(), 30, 10, 2);
    // between the groups of axes 0 and 1, nearer to 0
    float[] between = near(0, 0.6);

    int[] probed = cells.probe(between);

    assertThat(probed).containsExactly(cells.home(near(0, 0)), cells.home(near(1, 0)));
  }

  @Test
  void theSameSampleGivesTheSameCells() {
    assertThat(Cells.fit(threeGroups(), 30, 10, 2).centroids())
        .isDeepEqualTo(Cells.fit(threeGroups(), 30, 10, 2).centroids());
  }

  @Test
  void fewerThanOneProbeIsRefusedWithTheValue() {
    assertThatThrownBy(() -> new Blocking(30_000, 0)).hasMessage("--probes must be at least 1, got 0");
  }
}
