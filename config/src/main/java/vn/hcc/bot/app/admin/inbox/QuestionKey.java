package vn.hcc.bot.app.admin.inbox;

import java.util.TreeSet;
import vn.hcc.bot.knowledge.analysis.TextPipeline;

/**
 * The grouping key of a question: the knowledge base's own analysis (lower case, one tone-mark
 * convention, chat abbreviations expanded, diacritics folded), filler words dropped unless part of a
 * compound ("địa chỉ"), the remaining words de-duplicated and sorted. "ko dc cap cccd?" and "Không
 * được cấp CCCD" share one key.
 */
public final class QuestionKey {
  private final TextPipeline pipeline;

  public QuestionKey(TextPipeline pipeline) {
    this.pipeline = pipeline;
  }

  public String of(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    var words = new TreeSet<String>();
    TextPipeline.Words w = pipeline.index(text);
    // compared folded, so "thẻ" and "the" fall on the same side whatever diacritics were typed;
    // a filler word inside a compound ("địa chỉ", "một cửa") is kept
    for (int i = 0; i < w.folded().size(); i++) {
      if (!pipeline.isFiller(w.folded(), w.folded(), i)) {
        words.add(w.folded().get(i));
      }
    }
    return String.join(" ", words);
  }
}
