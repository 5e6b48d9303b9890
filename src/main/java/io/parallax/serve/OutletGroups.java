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
import java.util.function.Function;

/**
 * The user's own taxonomy of outlets ({@code serve --outlets outlets.csv}): a header row naming the
 * columns, {@code name} first, then any of {@code domain} and labels the user wants (country, lean,
 * ownership, …), one outlet a row. An article belongs to an outlet's row by its outlet name, or else by
 * the host of its URL: {@code www.} is ignored and subdomains match ({@code edition.cnn.com} is
 * {@code cnn.com}'s), so articles whose outlet is spelled otherwise still find their group. An event
 * whose outlets all share one value of a label is marked "covered only by" that group; outlets missing
 * from the file count as "unlisted".
 */
public final class OutletGroups {

  public static final OutletGroups NONE = new OutletGroups(List.of(), Map.of(), Map.of());

  /** A group an event is covered by alone: a label and its value. */
  public record Group(String label, String value) {}

  private final List<String> labels;
  /** By lower-cased outlet name: the outlet's value of each label. */
  private final Map<String, Map<String, String>> byName;
  /** By domain (lower case, without {@code www.}): the outlet's value of each label. */
  private final Map<String, Map<String, String>> byDomain;

  private OutletGroups(List<String> labels, Map<String, Map<String, String>> byName, Map<String, Map<String, String>> byDomain) {
    this.labels = List.copyOf(labels);
    this.byName = Map.copyOf(byName);
    this.byDomain = Map.copyOf(byDomain);
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
    int domainColumn = -1;
    for (int c = 1; c < header.size(); c++) if (header.get(c).strip().equalsIgnoreCase("domain")) domainColumn = c;
    Map<String, Map<String, String>> byName = new LinkedHashMap<>();
    Map<String, Map<String, String>> byDomain = new LinkedHashMap<>();
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
      if (domainColumn > 0) domain(row.get(domainColumn)).ifPresent(d -> byDomain.putIfAbsent(d, values));
    }
    return new OutletGroups(labels, byName, byDomain);
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
    return of(outlet, Optional.empty());
  }

  /**
   * The groups of an outlet as {@link #of(String)} finds them by name, or else by the host of
   * {@code url} (an article's URL): the host without {@code www.}, then each parent domain.
   */
  public Map<String, String> of(String outlet, Optional<String> url) {
    Map<String, String> v = byName.get(key(outlet));
    if (v == null && outlet.contains("/")) v = byName.get(key(outlet.substring(0, outlet.indexOf('/'))));
    for (String host = url.flatMap(OutletGroups::domain).orElse(null); v == null && host != null;
        host = host.indexOf('.') < 0 ? null : host.substring(host.indexOf('.') + 1)) {
      v = byDomain.get(host);
    }
    return v == null ? Map.of() : v;
  }

  /** The host of a URL or domain ("https://www.CNN.com/x", "www.cnn.com"), lower case, without {@code www.}. */
  static Optional<String> domain(String urlOrDomain) {
    String s = urlOrDomain.strip().toLowerCase(Locale.ROOT);
    int scheme = s.indexOf("://");
    if (scheme >= 0) s = s.substring(scheme + 3);
    int end = 0;
    while (end < s.length() && "/?#:".indexOf(s.charAt(end)) < 0) end++;
    s = s.substring(s.lastIndexOf('@', end - 1) + 1, end); // no user info
    if (s.startsWith("www.")) s = s.substring(4);
    while (s.endsWith(".")) s = s.substring(0, s.length() - 1);
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** The groups that alone cover an event reported by {@code outlets} (two or more), by label. */
  public List<Group> onlyGroups(List<String> outlets) {
    return onlyGroups(outlets, o -> Optional.empty());
  }

  /** As {@link #onlyGroups(List)}, each outlet also matched by the URL {@code urlOf} gives (see {@link #of(String, Optional)}). */
  public List<Group> onlyGroups(List<String> outlets, Function<String, Optional<String>> urlOf) {
    if (outlets.size() < 2) return List.of();
    List<Group> out = new ArrayList<>();
    for (String label : labels) {
      Set<String> values = new LinkedHashSet<>();
      for (String o : outlets) values.add(Optional.ofNullable(of(o, urlOf.apply(o)).get(label)).filter(s -> !s.isEmpty()).orElse("unlisted"));
      if (values.size() == 1 && !values.contains("unlisted")) out.add(new Group(label, values.iterator().next()));
    }
    return out;
  }
}
