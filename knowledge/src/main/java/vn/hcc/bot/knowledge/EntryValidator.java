package vn.hcc.bot.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules every entry must follow, at start-up and for every admin change. */
public final class EntryValidator {
  public static final int MAX_ANSWER_CHARS = 1500;
  public static final int MIN_ALTERNATES = 8;
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(\\.[a-z0-9][a-z0-9-]*)+");

  /** Checks one entry on its own; returns (field, message) problems. */
  public List<Problem> check(FaqEntry e, Set<String> categoryIds) {
    var out = new ArrayList<Problem>();
    if (e.id() == null || !ID.matcher(e.id()).matches()) {
      out.add(new Problem("id", "id must look like 'category.slug' in lower-case ASCII"));
    }
    if (e.audience() == null) {
      out.add(new Problem("audience", "audience must be citizen, staff or all"));
    }
    if (e.category() == null || !categoryIds.contains(e.category())) {
      out.add(new Problem("category", "unknown category '" + e.category() + "'"));
    } else if (e.id() != null && !e.id().startsWith(e.category() + ".")) {
      out.add(new Problem("id", "id must start with its category '" + e.category() + ".'"));
    }
    if (blank(e.question())) {
      out.add(new Problem("question", "question is empty"));
    }
    long alternates = e.alternates().stream().filter(a -> !blank(a)).count();
    if (alternates < MIN_ALTERNATES) {
      out.add(new Problem("alternates",
          "needs at least " + MIN_ALTERNATES + " alternates, has " + alternates));
    }
    if (blank(e.answer())) {
      out.add(new Problem("answer", "answer is empty"));
    } else if (e.answer().length() > MAX_ANSWER_CHARS) {
      out.add(new Problem("answer", "answer has " + e.answer().length()
          + " characters, at most " + MAX_ANSWER_CHARS + " allowed"));
    }
    for (FaqLink l : e.links()) {
      if (l == null || blank(l.title()) || l.url() == null || !l.url().startsWith("https://")) {
        out.add(new Problem("links", "each link needs a title and an https:// url"));
        break;
      }
    }
    if (blank(e.legalBasis())) {
      out.add(new Problem("legalBasis", "legal basis or official source is required"));
    }
    if (e.reviewedOn() == null) {
      out.add(new Problem("reviewedOn", "review date (YYYY-MM-DD) is required"));
    }
    return out;
  }

  /** Checks a whole base: each entry, unique ids, and that related ids exist. */
  public List<String> validate(List<Category> categories, List<KnowledgeBase.SourcedEntry> entries) {
    var problems = new ArrayList<String>();
    Set<String> categoryIds = new HashSet<>();
    for (Category c : categories) {
      categoryIds.add(c.id());
    }
    Map<String, String> seen = new HashMap<>();
    for (var se : entries) {
      FaqEntry e = se.entry();
      for (Problem p : check(e, categoryIds)) {
        problems.add(where(se) + ": " + p.field() + ": " + p.message());
      }
      if (e.id() != null) {
        String first = seen.putIfAbsent(e.id(), se.source());
        if (first != null) {
          problems.add(where(se) + ": duplicate id, already defined in " + first);
        }
      }
    }
    for (var se : entries) {
      for (String r : se.entry().related()) {
        if (!seen.containsKey(r)) {
          problems.add(where(se) + ": related: no entry with id '" + r + "'");
        }
      }
    }
    return problems;
  }

  private static String where(KnowledgeBase.SourcedEntry se) {
    return se.source() + " entry '" + se.entry().id() + "'";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** A rule broken by one field of an entry. */
  public record Problem(String field, String message) {}
}
