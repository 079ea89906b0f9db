package vn.hcc.bot.core;

import java.util.List;

/** A knowledge-base entry as shown to a user, local facts already filled into {@code answer}. */
public record FaqAnswer(
    String id,
    String category,
    String question,
    String answer,
    List<Link> links,
    String legalBasis,
    String reviewedOn,
    List<String> related) {
  public FaqAnswer {
    links = List.copyOf(links);
    related = List.copyOf(related);
  }
}
