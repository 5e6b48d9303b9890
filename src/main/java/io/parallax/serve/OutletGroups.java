package io.parallax.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The user's own taxonomy of outlets ({@code serve --outlets outlets.csv}): a header row naming the
 * columns, {@code name} first, then any of {@code domain} and labels the user wants (country, lean,
 * ownership, …), one outlet a row. An event whose outlets all share one value of a label is marked
 * "covered only by" that group; outlets missing from the file count as "unlisted".
 */
public final class OutletGroups {

  public static final OutletGroups NONE = new OutletGroups(List.of(), Map.of());

  /** A group an event is covered by alone: a label and its value. */
  public record Group(String label, String value) {}

  private final List<String> labels;
  /** By lower-cased outlet name: the outlet's value of each label. */
  private final Map<String, Map<String, String>> byName;

  private OutletGroups(List<String> labels, Map<String, Map<String, String>> byName) {
    this.labels = List.copyOf(labels);
    this.byName = Map.copyOf(byName);
  }

  /** Reads the CSV file; an unusable file throws {@link IllegalArgumentException} saying why. */
  public static OutletGroups read(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    if (lines.isEmpty()) throw new IllegalArgumentException(csv + " is empty: it needs a header row starting with 'name'");
    List<String> header = fields(lines.get(0));
    if (!header.get(0).strip().equalsIgnoreCase("name")) {
      throw new IllegalArgumentException(csv + ": the first column of the header must be 'name', got '" + header.get(0) + "'");
    }
    List<String> labels = new ArrayList<>();
    for (String h : header.subList(1, header.size())) {
      if (!h.strip().equalsIgnoreCase("domain")) labels.add(h.strip());
    }
    Map<String, Map<String, String>> byName = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      List<String> row = fields(lines.get(i));
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(csv + " line " + (i + 1) + ": " + row.size() + " fields, the header has " + header.size());
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int c = 1; c < header.size(); c++) {
        if (!header.get(c).strip().equalsIgnoreCase("domain")) values.put(header.get(c).strip(), row.get(c).strip());
      }
      byName.put(key(row.get(0)), values);
    }
    return new OutletGroups(labels, byName);
  }

  /** One CSV record: comma-separated, fields optionally in double quotes ("" for a quote inside). */
  static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    out.add(f.toString());
    return out;
  }

  private static String key(String outlet) {
    return outlet.strip().toLowerCase(Locale.ROOT);
  }

  public List<String> labels() {
    return labels;
  }

  /**
   * The outlet's groups, "label: value" each; the name is matched without case, and an outlet written
   * with its agency ("Ahram Online/AFP") also by the part before the slash.
   */
  public Map<String, String> of(String outlet) {
    Map<String, String> v = byName.get(key(outlet));
    if (v == null && outlet.contains("/")) v = byName.get(key(outlet.substring(0, outlet.indexOf('/'))));
    return v == null ? Map.of() : v;
  }

  /** The groups that alone cover an event reported by {@code outlets} (two or more), by label. */
  public List<Group> onlyGroups(List<String> outlets) {
    if (outlets.size() < 2) return List.of();
    List<Group> out = new ArrayList<>();
    for (String label : labels) {
      Set<String> values = new LinkedHashSet<>();
      for (String o : outlets) values.add(Optional.ofNullable(of(o).get(label)).filter(s -> !s.isEmpty()).orElse("unlisted"));
      if (values.size() == 1 && !values.contains("unlisted")) out.add(new Group(label, values.iterator().next()));
    }
    return out;
  }
}
