package io.parallax.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.parallax.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One identity per outlet across runs: its registrable domain ({@code theguardian.com}), a display
 * name ("The Guardian") and the aliases it was seen under ("the Guardian", {@code www.theguardian.com},
 * {@code amp.theguardian.com}). Kept in a JSON file (in the store, {@code outlets.json}) so that
 * {@code index} run again with other spellings of a known outlet files them under the same name.
 *
 * <p>An article is matched by the domain of its URL (or of a host-like outlet name), else by its
 * outlet's spelling key (case, a leading "The" and punctuation aside, as within one batch). The first
 * real name seen is the display name; an outlet first known by its host takes the first real name
 * that arrives for that domain. Not thread-safe: one writer, as the store.
 */
public final class OutletRegistry {

  /** One outlet: {@code id} is its registrable domain, or {@code "name:" + key} while no domain is known. */
  public record Outlet(String id, String name, List<String> aliases) {
    public Outlet {
      aliases = List.copyOf(aliases);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Pattern HOST_PREFIX = Pattern.compile("^(?:www\\d*|m|amp|mobile|edition|beta)\\.");
  /** Second-level labels under which a country's sites register ({@code bbc.co.uk}, {@code abc.net.au}). */
  private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go");

  private final Path file;
  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, Entry> byDomain = new HashMap<>();
  private final Map<String, Entry> byKey = new HashMap<>();

  private static final class Entry {
    String id;
    String name;
    final Set<String> aliases = new LinkedHashSet<>();
  }

  private OutletRegistry(Path file) {
    this.file = file;
  }

  /** The registry kept in {@code file}; empty when the file does not exist yet; damaged: an IOException saying what to do. */
  public static OutletRegistry open(Path file) throws IOException {
    OutletRegistry r = new OutletRegistry(file);
    if (Files.exists(file)) {
      List<Outlet> saved;
      try {
        saved = JSON.readValue(file.toFile(), new TypeReference<List<Outlet>>() {});
      } catch (JacksonException e) {
        throw new IOException("outlet registry " + file + " is damaged (" + e.getOriginalMessage()
            + "); delete it to start a new one (outlet names are then unified from that run on)", e);
      }
      for (Outlet o : saved) {
        Entry e = new Entry();
        e.id = o.id();
        e.name = o.name();
        e.aliases.addAll(o.aliases());
        r.add(e);
      }
    }
    return r;
  }

  /** The outlets known, in the order first seen. */
  public List<Outlet> outlets() {
    return entries.stream().map(e -> new Outlet(e.id, e.name, List.copyOf(e.aliases))).toList();
  }

  /** {@code article} with its outlet's display name (registering the outlet or its new alias). */
  public Article resolve(Article article) {
    String raw = article.outlet().orElse(null);
    Optional<String> domain = raw != null && hostLike(raw) ? domainOfHost(raw) : Optional.empty();
    if (domain.isEmpty()) domain = article.url().flatMap(OutletRegistry::domainOfUrl);
    if (raw == null && domain.isEmpty()) return article;
    String name = raw != null && !hostLike(raw) ? raw.strip() : null;
    Entry e = domain.map(byDomain::get).orElse(null);
    if (e == null && name != null) {
      e = byKey.get(OutletNames.key(name));
      // one name, another domain ("The Guardian" of guardian.ng): another outlet
      if (e != null && domain.isPresent() && !e.id.startsWith("name:")) e = null;
    }
    if (e == null) {
      e = new Entry();
      e.id = domain.orElseGet(() -> "name:" + OutletNames.key(name));
      e.name = name != null ? name : domain.get();
      add(e);
    }
    if (name != null && hostLike(e.name)) e.name = name; // known by its host until now
    if (domain.isPresent() && e.id.startsWith("name:")) e.id = domain.get();
    if (raw != null) e.aliases.add(raw.strip());
    domain.ifPresent(e.aliases::add);
    index(e);
    return article.outlet().equals(Optional.of(e.name)) ? article : article.toBuilder().outlet(e.name).build();
  }

  /** Writes the registry to its file (atomically: a reader sees the old or the new one). */
  public void save() {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      JSON.writeValue(tmp.toFile(), outlets());
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the outlet registry " + file + ": " + e.getMessage(), e);
    }
  }

  private void add(Entry e) {
    entries.add(e);
    index(e);
  }

  private void index(Entry e) {
    if (!e.id.startsWith("name:")) byDomain.put(e.id, e);
    for (String alias : e.aliases) {
      if (hostLike(alias)) domainOfHost(alias).ifPresent(d -> byDomain.putIfAbsent(d, e));
      else byKey.putIfAbsent(OutletNames.key(alias), e);
    }
    if (!hostLike(e.name)) byKey.putIfAbsent(OutletNames.key(e.name), e);
  }

  private static boolean hostLike(String name) {
    return name.indexOf('.') > 0 && name.chars().noneMatch(Character::isWhitespace);
  }

  private static Optional<String> domainOfUrl(String url) {
    try {
      return Optional.ofNullable(new URI(url.strip()).getHost()).flatMap(OutletRegistry::domainOfHost);
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The registrable domain of a host: {@code www.theguardian.com} and {@code amp.theguardian.com} give
   * {@code theguardian.com}, {@code news.bbc.co.uk} gives {@code bbc.co.uk}.
   */
  static Optional<String> domainOfHost(String host) {
    String h = HOST_PREFIX.matcher(host.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
    h = h.replaceFirst("^https?://", "").replaceFirst("[/:].*$", "");
    String[] labels = h.split("\\.");
    if (labels.length < 2 || labels[labels.length - 1].isEmpty()) return Optional.empty();
    int keep = labels.length >= 3 && labels[labels.length - 1].length() == 2
        && SECOND_LEVEL.contains(labels[labels.length - 2]) ? 3 : 2;
    return Optional.of(String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - keep, labels.length)));
  }
}
