package vn.hcc.bot.app.admin.inbox;

import java.util.TreeSet;
import vn.hcc.bot.knowledge.analysis.TextPipeline;

/**
 * The grouping key of a question: the knowledge base's own analysis (lower case, one tone-mark
 * convention, chat abbreviations expanded, diacritics folded), filler words dropped, the remaining
 * words de-duplicated and sorted. "ko dc cap cccd?" and "Không được cấp CCCD" share one key.
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
    for (String w : pipeline.index(text).folded()) {
      if (!pipeline.isFiller(w)) {
        words.add(w);
      }
    }
    return String.join(" ", words);
  }
}
