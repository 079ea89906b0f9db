package vn.hcc.bot.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hcc.bot.core.Button;
import vn.hcc.bot.core.FaqAnswer;
import vn.hcc.bot.core.FaqMatch;
import vn.hcc.bot.core.FaqSearch;
import vn.hcc.bot.core.Reply;
import vn.hcc.bot.core.log.OutcomeType;

/** Questions: search, then answer, ask which entry is meant, or decline honestly. */
final class FaqResponder {
  static final int SEARCH_LIMIT = 5;
  static final int MAX_QUERY_CHARS = 500;
  static final int FOLLOW_UP_MAX_WORDS = 7;

  private final Services services;
  private final AnswerFormatter formatter;
  private final MenuRule menu;

  FaqResponder(Services services, MenuRule menu) {
    this.services = services;
    this.formatter = new AnswerFormatter(services);
    this.menu = menu;
  }

  void question(Turn t) {
    String query = t.text.length() > MAX_QUERY_CHARS ? t.text.substring(0, MAX_QUERY_CHARS) : t.text;
    Optional<SearchDecision> follow = Optional.empty();
    if (isFollowUp(t) && FollowUpWords.onlyAspects(t.folded)) {
      follow = aspectOfPrevious(t); // "còn lệ phí thì sao?" names no subject of its own
    }
    SearchDecision decision = follow.orElseGet(() -> {
      SearchDecision d = decide(services.lookup().search(query, t.audience(), SEARCH_LIMIT));
      return d.kind() != Verdict.ANSWER && isFollowUp(t)
          ? followUp(t, query).orElse(d) : d;
    });
    apply(t, decision);
  }

  private SearchDecision decide(FaqSearch search) {
    EngineSettings s = services.settings();
    return SearchDecision.of(search, s.clarifyMargin(), s.clarifyFloor());
  }

  private boolean isFollowUp(Turn t) {
    return t.conversation.topicId() != null
        && TextNormalizer.wordCount(t.folded) <= FOLLOW_UP_MAX_WORDS;
  }

  /**
   * "còn lệ phí thì sao?" right after an answer about passports means the passport fee: search again
   * with the previous question, preferring the entries the previous one names as related.
   */
  private Optional<SearchDecision> followUp(Turn t, String query) {
    Optional<FaqAnswer> previous = services.lookup().get(t.conversation.topicId(), t.audience());
    if (previous.isEmpty()) {
      return Optional.empty();
    }
    FaqAnswer prev = previous.get();
    FaqSearch again = services.lookup().search(prev.question() + " " + query, t.audience(), SEARCH_LIMIT);
    List<FaqMatch> others = new ArrayList<>();
    for (FaqMatch m : again.matches()) {
      if (!m.id().equals(prev.id())) {
        others.add(m);
      }
    }
    for (FaqMatch m : again.matches()) {
      if (m.id().equals(prev.id())) {
        break; // a related entry counts only when it fits better than the previous one
      }
      if (prev.related().contains(m.id()) && m.confidence() >= services.settings().clarifyFloor()) {
        return Optional.of(new SearchDecision(Verdict.ANSWER, List.of(m)));
      }
    }
    if (!again.matches().isEmpty() && again.matches().get(0).id().equals(prev.id())
        && !FollowUpWords.namesNewSubject(t.folded, prev.question() + " " + prev.answer())) {
      // no related entry fits better; the previous answer itself covers it (the passport answer
      // gives its fee and time), so answer it again rather than guess at a neighbour
      return Optional.of(new SearchDecision(Verdict.ANSWER, List.of(again.matches().get(0))));
    }
    SearchDecision decision = decide(new FaqSearch(again.answered() && !others.isEmpty()
        && others.get(0).equals(again.matches().get(0)), others));
    return decision.kind() == Verdict.ANSWER ? Optional.of(decision) : Optional.empty();
  }

  /**
   * A follow-up that only names an aspect: the previous answer if it speaks of that aspect, else
   * a related entry whose question does, else the previous answer again (it is the best we have).
   */
  private Optional<SearchDecision> aspectOfPrevious(Turn t) {
    Optional<FaqAnswer> previous = services.lookup().get(t.conversation.topicId(), t.audience());
    if (previous.isEmpty()) {
      return Optional.empty();
    }
    FaqAnswer prev = previous.get();
    String id = prev.id();
    if (!FollowUpWords.covers(prev.answer(), t.folded)) {
      id = relatedCovering(prev, t).orElse(id);
    }
    return Optional.of(new SearchDecision(Verdict.ANSWER,
        List.of(new FaqMatch(id, prev.category(), prev.question(), 1.0))));
  }

  /** A related entry, or one related to those (two steps), whose question names the aspect. */
  private Optional<String> relatedCovering(FaqAnswer prev, Turn t) {
    List<String> frontier = new ArrayList<>(prev.related());
    java.util.Set<String> seen = new java.util.HashSet<>(List.of(prev.id()));
    for (int step = 0; step < 2; step++) {
      List<String> next = new ArrayList<>();
      for (String r : frontier) {
        if (!seen.add(r)) {
          continue;
        }
        Optional<FaqAnswer> rel = services.lookup().get(r, t.audience());
        if (rel.isEmpty()) {
          continue;
        }
        if (FollowUpWords.covers(rel.get().question(), t.folded)) {
          return Optional.of(r);
        }
        next.addAll(rel.get().related());
      }
      frontier = next;
    }
    return Optional.empty();
  }

  private void apply(Turn t, SearchDecision decision) {
    switch (decision.kind()) {
      case ANSWER -> answer(t, decision.top().id(), decision.top().confidence());
      case CLARIFY -> clarify(t, decision);
      default -> decline(t, decision);
    }
  }

  /** Answers with entry {@code id}; {@code confidence} is null when chosen by a button. */
  void answer(Turn t, String id, Double confidence) {
    Optional<FaqAnswer> entry = services.lookup().get(id, t.audience());
    if (entry.isEmpty()) {
      t.outcome(OutcomeType.DECLINE, id, null, confidence);
      t.reply(Reply.withButtons(services.msg("entry.missing"), List.of(menu.menuButton())));
      return;
    }
    FaqAnswer a = entry.get();
    t.outcome(OutcomeType.ANSWER, a.id(), a.category(), confidence);
    t.reply(formatter.answer(a, t.audience(), t.staff, confidence));
    String asked = t.payload == null ? t.maskedText : a.question();
    t.conversation = t.conversation.withTopic(a.id(), asked, t.message.messageId());
  }

  private void clarify(Turn t, SearchDecision decision) {
    FaqMatch top = decision.top();
    t.outcome(OutcomeType.CLARIFY, top.id(), top.category(), top.confidence());
    List<Button> buttons = new ArrayList<>();
    for (FaqMatch m : decision.matches()) {
      Buttons.add(buttons, m.question(), "faq:" + m.id());
    }
    t.reply(Reply.withButtons(services.msg("clarify"), buttons));
  }

  private void decline(Turn t, SearchDecision decision) {
    FaqMatch top = decision.top();
    if (top == null) {
      t.outcome(OutcomeType.DECLINE);
    } else {
      t.outcome(OutcomeType.DECLINE, top.id(), top.category(), top.confidence());
    }
    t.reply(Reply.text(services.msg("decline")));
    List<Button> topics = new ArrayList<>();
    for (FaqMatch m : decision.matches()) {
      Buttons.add(topics, m.question(), "faq:" + m.id());
    }
    if (!topics.isEmpty()) {
      t.reply(Reply.withButtons(services.msg("decline.topics"), topics));
    }
    t.reply(Reply.withButtons(services.msg("decline.contact"), List.of(
        new Button(services.msg("button.human"), "human"), menu.menuButton())));
  }

  void rate(Turn t, boolean up, String entryId) {
    t.outcome(OutcomeType.RATING, entryId, null, null);
    t.rating = up ? "up" : "down";
    if (entryId.equals(t.conversation.topicId())) {
      t.refMessageId = t.conversation.lastAnswerMessageId();
      t.loggedText = t.conversation.lastQuestion();
    }
    if (up) {
      t.reply(Reply.text(services.msg("rating.up")));
      return;
    }
    t.reply(Reply.withButtons(services.msg("rating.down"), List.of(
        new Button(services.msg("button.human"), "human"), menu.menuButton())));
  }
}
