package io.parallax.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The place names of the annotator's gazetteer ({@code io/parallax/nlp/places-en.txt}: countries, US
 * states, capitals and large cities), for telling a byline's dateline ("Hamburg, Germany") from names.
 */
final class Places {

  private static final String RESOURCE = "/io/parallax/nlp/places-en.txt";
  private static final Set<String> LOWER = load();

  private Places() {}

  /** Whether {@code name} is a listed place, in any letter case. */
  static boolean contains(String name) {
    return LOWER.contains(name.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    try (InputStream in = Places.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Place list " + RESOURCE + " is missing from the classpath; rebuild the jar");
      }
      Set<String> out = new HashSet<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) out.add(line.toLowerCase(Locale.ROOT));
      }
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the place list " + RESOURCE, e);
    }
  }
}
