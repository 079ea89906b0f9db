package vn.hcc.bot.knowledge;

import java.util.List;

/** A knowledge base that cannot be used; the message names each file and entry at fault. */
public class KnowledgeBaseException extends RuntimeException {
  private final List<String> problems;

  public KnowledgeBaseException(List<String> problems) {
    super("Knowledge base is invalid:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
