package io.parallax.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.parallax.model.Span;
import io.parallax.report.JsonReport;
import io.parallax.report.Report;
import io.parallax.store.SearchHit;
import io.parallax.story.Stories;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP server of {@code parallax serve}: the reader's pages and the JSON API over a {@link Library}.
 *
 * <p>Every response carries a Content-Security-Policy that allows scripts, styles and images from this
 * origin only (no inline script, no plug-ins, no framing); query strings and request bodies are
 * size-limited; errors are one clear message, never a stack trace.
 */
public final class WebServer implements AutoCloseable {

  /** Longest query string accepted, in characters. */
  public static final int MAX_QUERY_STRING = 2048;
  /** Longest search query accepted, in characters. */
  public static final int MAX_SEARCH_QUERY = 500;
  /** Largest request body accepted (POST /api/articles), in bytes. */
  public static final int MAX_BODY = 2 * 1024 * 1024;
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private static final ObjectMapper JSON = JsonReport.compact();
  private static final String ERROR_SENT = "parallax.error";
  private static final Pattern SPAN = Pattern.compile("(\\d{1,9})-(\\d{1,9})");

  private final Library library;
  private final WriteAccess access;
  private final OutletGroups groups;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
  private final byte[] script = resource("static/parallax.js");
  private final byte[] style = resource("static/parallax.css");
  private final byte[] openapi = resource("openapi.json");
  private final Javalin app;

  public WebServer(Library library, WriteAccess access) {
    this(library, access, OutletGroups.NONE);
  }

  /** {@code groups}: the user's outlet taxonomy, shown on coverage strips and as "covered only by" markers. */
  public WebServer(Library library, WriteAccess access, OutletGroups groups) {
    this.library = library;
    this.access = access;
    this.groups = groups;
    this.app = Javalin.create(config -> {
      config.http.maxRequestSize = MAX_BODY;
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.routes.before(this::guard);
      config.routes.get("/", ctx -> html(ctx, "index.jte", Pages.front(library, filter(ctx), groups)));
      config.routes.get("/events/<id>", this::eventPage);
      config.routes.get("/storylines/<id>", ctx -> html(ctx, "storyline.jte", Pages.storyline(library.catalog(),
          library.catalog().storyline(ctx.pathParam("id")).orElseThrow(() -> notFound("storyline", ctx.pathParam("id"))), groups)));
      config.routes.get("/articles/<id>", this::articlePage);
      config.routes.get("/search", this::searchPage);
      config.routes.get("/static/parallax.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(script));
      config.routes.get("/static/parallax.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(style));
      config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
      config.routes.get("/api/events", ctx -> json(ctx, events(filter(ctx))));
      config.routes.get("/api/events/<id>", ctx -> json(ctx, view(ctx.pathParam("id")).entry()));
      config.routes.get("/api/storylines/<id>", ctx -> json(ctx, storyline(ctx.pathParam("id"))));
      config.routes.get("/api/articles/<id>", ctx -> json(ctx, article(ctx.pathParam("id"))));
      config.routes.get("/api/search", this::searchApi);
      config.routes.post("/api/articles", this::post);
      config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
      config.routes.exception(NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
      config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        System.err.println("parallax serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
        error(ctx, 500, "Internal error: " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      });
      config.routes.error(404, ctx -> {
        if (ctx.attribute(ERROR_SENT) == null) error(ctx, 404, "No such page: " + ctx.path());
      });
    });
  }

  /** Starts listening on {@code bind}:{@code port} (0: any free port); returns the port. */
  public int start(String bind, int port) {
    app.start(bind, port);
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  /** Security headers on every response, and the query-string limit. */
  private void guard(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    String q = ctx.queryString();
    if (q != null && q.length() > MAX_QUERY_STRING) {
      throw new HttpResponseException(414, "Query string too long: " + q.length() + " characters, at most "
          + MAX_QUERY_STRING + " accepted");
    }
  }

  /** Thrown for an id that is not in the store. */
  static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }

  private static NotFound notFound(String kind, String id) {
    return new NotFound("No " + kind + " '" + id + "' in the store");
  }

  private EventView view(String id) {
    return library.event(id).orElseThrow(() -> notFound("event", id));
  }

  private void eventPage(Context ctx) {
    EventView view = view(ctx.pathParam("id"));
    Catalog catalog = library.catalog();
    byte[] page = view.page(catalog, () -> {
      Utf8ByteOutput out = new Utf8ByteOutput();
      templates.render("event.jte", Pages.event(catalog, view, groups), out);
      return out.toByteArray();
    });
    ctx.contentType("text/html; charset=utf-8").result(page);
  }

  private void articlePage(Context ctx) {
    String id = ctx.pathParam("id");
    Catalog.ArticleInfo info = library.catalog().article(id).orElseThrow(() -> notFound("article", id));
    Report.ArticleEntry entry = view(info.eventId()).article(id).orElseThrow(() -> notFound("article", id));
    Optional<Span> hl = Optional.empty();
    String param = ctx.queryParam("hl");
    if (param != null) {
      Matcher m = SPAN.matcher(param);
      if (m.matches() && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2))) {
        hl = Optional.of(new Span(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
    }
    html(ctx, "article.jte", Pages.article(library.catalog(), info, entry, hl));
  }

  private void searchPage(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    Catalog.Filter filter = filter(ctx);
    if (q == null || q.isBlank()) {
      html(ctx, "search.jte", Pages.search(library.catalog(), q, filter, null, List.of()));
      return;
    }
    try {
      html(ctx, "search.jte", Pages.search(library.catalog(), q, filter, null, search(q, filter)));
    } catch (IllegalArgumentException e) {
      ctx.status(400);
      html(ctx, "search.jte", Pages.search(library.catalog(), q, filter, e.getMessage(), List.of()));
    }
  }

  private List<Library.Found> search(String q, Catalog.Filter filter) throws IOException {
    if (q.length() > MAX_SEARCH_QUERY) {
      throw new IllegalArgumentException("Search query too long: " + q.length() + " characters, at most " + MAX_SEARCH_QUERY);
    }
    try {
      return library.search(q, filter, 50);
    } catch (IllegalArgumentException e) {
      // the parser's message lists every token it expected, over many lines: its first line says enough
      String m = e.getMessage();
      int nl = m.indexOf('\n');
      throw new IllegalArgumentException(nl < 0 ? m
          : m.substring(0, nl).strip() + " Quote phrases and escape special characters such as : ( ) with a backslash.", e);
    }
  }

  private void searchApi(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) throw new IllegalArgumentException("Missing search query: pass ?q=WORDS");
    ObjectNode out = JSON.createObjectNode();
    ArrayNode hits = out.putArray("hits");
    for (Library.Found f : search(q, filter(ctx))) {
      SearchHit h = f.hit();
      ObjectNode n = hits.addObject();
      n.put("kind", h.kind()).put("id", h.id()).put("title", h.title()).put("score", h.score());
      n.put("event", h.eventId().orElse(null)).put("storyline", h.storylineId().orElse(null));
      ArrayNode by = n.putArray("found_by");
      if (f.keyword()) by.add("keyword");
      if (f.semantic()) by.add("semantic");
    }
    json(ctx, out);
  }

  private ObjectNode events(Catalog.Filter filter) {
    ObjectNode out = JSON.createObjectNode();
    ArrayNode list = out.putArray("events");
    for (Catalog.EventInfo e : library.catalog().ranked(filter)) {
      ObjectNode n = list.addObject();
      n.put("id", e.id()).put("title", e.title()).put("storyline", e.storylineId())
          .put("date", e.date().map(LocalDate::toString).orElse(null));
      ArrayNode articles = n.putArray("articles");
      e.articleIds().forEach(articles::add);
      ArrayNode outlets = n.putArray("outlets");
      e.outlets().forEach(outlets::add);
      if (!groups.labels().isEmpty()) {
        ArrayNode only = n.putArray("only_groups");
        groups.onlyGroups(e.outlets(), e::urlOf).forEach(g -> only.addObject().put("label", g.label()).put("value", g.value()));
      }
    }
    return out;
  }

  private ObjectNode storyline(String id) {
    Catalog.StorylineInfo s = library.catalog().storyline(id).orElseThrow(() -> notFound("storyline", id));
    ObjectNode out = JSON.createObjectNode();
    out.put("id", s.id()).put("title", s.title());
    ArrayNode events = out.putArray("events");
    for (Catalog.EventInfo e : s.events()) {
      ObjectNode n = events.addObject();
      n.put("id", e.id()).put("title", e.title()).put("date", e.date().map(LocalDate::toString).orElse(null))
          .put("articles", e.articles().size());
      ArrayNode outlets = n.putArray("outlets");
      e.outlets().forEach(outlets::add);
    }
    return out;
  }

  /** The article as in the report's {@code articles} list, with its event and storyline. */
  private ObjectNode article(String id) {
    Catalog.ArticleInfo info = library.catalog().article(id).orElseThrow(() -> notFound("article", id));
    Report.ArticleEntry entry = view(info.eventId()).article(id).orElseThrow(() -> notFound("article", id));
    ObjectNode out = JSON.valueToTree(entry);
    out.put("event", info.eventId()).put("storyline", info.storylineId());
    return out;
  }

  private void post(Context ctx) throws IOException {
    WriteAccess.Verdict verdict = access.check(ctx.req().getRemoteAddr(), ctx.header("Authorization"));
    switch (verdict) {
      case NEEDS_TOKEN -> throw new HttpResponseException(401, "Writes need 'Authorization: Bearer TOKEN'");
      case WRONG_TOKEN -> throw new HttpResponseException(403, "Wrong token");
      case NOT_LOOPBACK -> throw new HttpResponseException(403,
          "Writes are accepted from this machine only, unless the server is started with a token (--token-file)");
      case ALLOWED -> { }
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BODY) throw new HttpResponseException(413, "Body too large: at most " + MAX_BODY + " bytes");
    byte[] body = ctx.bodyAsBytes();
    if (body.length > MAX_BODY) throw new HttpResponseException(413, "Body too large: at most " + MAX_BODY + " bytes");
    JsonNode parsed;
    try {
      parsed = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Body is not JSON: " + e.getOriginalMessage());
    }
    if (parsed == null || !(parsed.isObject() || parsed.isArray())) {
      throw new IllegalArgumentException("Body must be an article object or an array of them, with the JSONL fields (id, title, outlet, published, text or html)");
    }
    Library.Added added = library.add(parsed);
    ObjectNode out = JSON.createObjectNode();
    ArrayNode list = out.putArray("added");
    for (Stories.Assignment a : added.assigned()) {
      list.addObject().put("id", a.articleId()).put("event", a.eventId()).put("storyline", a.storylineId());
    }
    ArrayNode skipped = out.putArray("skipped");
    added.skipped().forEach(s -> skipped.addObject().put("source", s.source()).put("reason", s.reason()));
    ctx.status(added.assigned().isEmpty() ? 422 : 201);
    json(ctx, out);
  }

  private static Catalog.Filter filter(Context ctx) {
    return new Catalog.Filter(date(ctx, "from"), date(ctx, "to"), param(ctx, "outlet"), param(ctx, "lang"));
  }

  private static Optional<String> param(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).filter(s -> !s.isBlank());
  }

  private static Optional<LocalDate> date(Context ctx, String name) {
    Optional<String> v = param(ctx, name);
    try {
      return v.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + name + "' must be a date such as 2024-03-18, got '" + v.get() + "'");
    }
  }

  private void html(Context ctx, String template, Object page) {
    StringOutput out = new StringOutput(8192);
    templates.render(template, page, out);
    ctx.html(out.toString());
  }

  private static void json(Context ctx, Object value) throws JsonProcessingException {
    ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(value));
  }

  /** One clear message: JSON under /api/, a page elsewhere. */
  private void error(Context ctx, int status, String message) {
    ctx.attribute(ERROR_SENT, Boolean.TRUE);
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/json; charset=utf-8").result("{\"error\":" + quote(message) + "}");
    } else {
      StringOutput out = new StringOutput();
      templates.render("error.jte", Map.of("status", status, "message", message), out);
      ctx.html(out.toString());
    }
  }

  private static String quote(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = WebServer.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource io/parallax/serve/" + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
