package vn.hcc.bot.app.conversation;

import java.util.List;
import java.util.Optional;
import vn.hcc.bot.app.knowledge.KnowledgeService;
import vn.hcc.bot.core.Audience;
import vn.hcc.bot.core.FaqAnswer;
import vn.hcc.bot.core.FaqCategory;
import vn.hcc.bot.core.FaqLookup;
import vn.hcc.bot.core.FaqMatch;
import vn.hcc.bot.core.FaqSearch;
import vn.hcc.bot.core.Link;
import vn.hcc.bot.knowledge.FaqEntry;
import vn.hcc.bot.knowledge.search.SearchResult;

/** The engine's knowledge lookup over the live Lucene index, with local facts filled in. */
public class IndexedFaqLookup implements FaqLookup {
  private final KnowledgeService knowledge;

  public IndexedFaqLookup(KnowledgeService knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public FaqSearch search(String question, Audience audience, int limit) {
    SearchResult r = knowledge.search(question, audience == Audience.STAFF, limit);
    return new FaqSearch(r.answered(), r.hits().stream()
        .map(h -> new FaqMatch(h.entry().id(), h.entry().category(), h.entry().question(), h.confidence()))
        .toList());
  }

  @Override
  public Optional<FaqAnswer> get(String id, Audience audience) {
    return knowledge.visible(id, audience == Audience.STAFF).map(this::answer);
  }

  @Override
  public List<FaqCategory> categories(Audience audience) {
    boolean staff = audience == Audience.STAFF;
    List<FaqEntry> entries = knowledge.entries();
    return knowledge.base().categories().stream()
        .filter(c -> entries.stream().anyMatch(e -> e.category().equals(c.id()) && e.audience().visibleTo(staff)))
        .map(c -> new FaqCategory(c.id(), c.title()))
        .toList();
  }

  @Override
  public List<FaqMatch> inCategory(String categoryId, Audience audience) {
    boolean staff = audience == Audience.STAFF;
    return knowledge.entries().stream()
        .filter(e -> e.category().equals(categoryId) && e.audience().visibleTo(staff))
        .map(e -> new FaqMatch(e.id(), e.category(), e.question(), 1.0))
        .toList();
  }

  private FaqAnswer answer(FaqEntry e) {
    return new FaqAnswer(e.id(), e.category(), e.question(), knowledge.fill(e.answer()),
        e.links().stream().map(l -> new Link(l.title(), l.url())).toList(), e.legalBasis(),
        e.reviewedOn().toString(), e.related());
  }
}
