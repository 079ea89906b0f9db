package vn.hcc.bot.knowledge;

import java.time.LocalDate;
import java.util.List;

/** One question-and-answer entry of the knowledge base. Immutable. */
public record FaqEntry(
    String id,
    Audience audience,
    String category,
    String question,
    List<String> alternates,
    String answer,
    List<FaqLink> links,
    String legalBasis,
    LocalDate reviewedOn,
    List<String> related) {

  public FaqEntry {
    alternates = alternates == null ? List.of() : List.copyOf(alternates);
    links = links == null ? List.of() : List.copyOf(links);
    related = related == null ? List.of() : List.copyOf(related);
  }

  /** The canonical question followed by every alternate phrasing. */
  public List<String> phrasings() {
    var all = new java.util.ArrayList<String>(alternates.size() + 1);
    all.add(question);
    all.addAll(alternates);
    return all;
  }
}
