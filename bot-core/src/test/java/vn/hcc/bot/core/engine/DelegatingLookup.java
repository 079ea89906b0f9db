package vn.hcc.bot.core.engine;

import java.util.List;
import java.util.Optional;
import vn.hcc.bot.core.Audience;
import vn.hcc.bot.core.FaqAnswer;
import vn.hcc.bot.core.FaqCategory;
import vn.hcc.bot.core.FaqLookup;
import vn.hcc.bot.core.FaqMatch;
import vn.hcc.bot.core.FaqSearch;

/** A lookup that forwards to another; tests override one method to slow it down or break it. */
class DelegatingLookup implements FaqLookup {
  private final FaqLookup delegate;

  DelegatingLookup(FaqLookup delegate) {
    this.delegate = delegate;
  }

  @Override
  public FaqSearch search(String question, Audience audience, int limit) {
    return delegate.search(question, audience, limit);
  }

  @Override
  public Optional<FaqAnswer> get(String id, Audience audience) {
    return delegate.get(id, audience);
  }

  @Override
  public List<FaqCategory> categories(Audience audience) {
    return delegate.categories(audience);
  }

  @Override
  public List<FaqMatch> inCategory(String categoryId, Audience audience) {
    return delegate.inCategory(categoryId, audience);
  }
}
