package vn.hcc.bot.core.engine;

import java.util.List;

/**
 * What the engine does with a ranked search: answer the top entry, ask which of a few close
 * entries is meant, or decline. Public so that the admin test console says exactly what the bot
 * will do.
 */
public enum Verdict {
  ANSWER,
  CLARIFY,
  DECLINE;

  /** A top entry this confident is answered even when a neighbour is close behind. */
  public static final double DOMINANT = 0.8;

  /**
   * @param answered whether the top entry clears the search threshold
   * @param confidences the entries' confidences, in ranked order
   * @param margin entries this close to the top one make the bot ask which one is meant
   * @param floor below the threshold but above this, the bot asks instead of declining
   */
  public static Verdict of(boolean answered, List<Double> confidences, double margin, double floor) {
    if (confidences.isEmpty()) {
      return DECLINE;
    }
    double top = confidences.get(0);
    if (answered) {
      long close = confidences.stream().filter(c -> c >= top - margin).count();
      return close >= 2 && top < DOMINANT ? CLARIFY : ANSWER;
    }
    return top >= floor ? CLARIFY : DECLINE;
  }
}
