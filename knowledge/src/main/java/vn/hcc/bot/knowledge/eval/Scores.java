package vn.hcc.bot.knowledge.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.hcc.bot.knowledge.search.SearchHit;
import vn.hcc.bot.knowledge.search.SearchResult;

/** Retrieval figures over a labelled set, computed as the shared scorer computes them. */
public final class Scores {
  private int inScope;
  private int top1;
  private int rank1;
  private int top3;
  private double reciprocal;
  private int wrong;
  private int outOfScope;
  private int declined;
  private final Map<String, int[]> byStyle = new TreeMap<>();

  public boolean add(LabelledQuestion q, SearchResult r) {
    List<String> ids = r.hits().stream().limit(5).map(h -> h.entry().id()).toList();
    int[] style = byStyle.computeIfAbsent(q.style(), k -> new int[2]);
    style[0]++;
    boolean ok;
    if (q.inScope()) {
      inScope++;
      ok = r.answered() && !ids.isEmpty() && q.expect().contains(ids.get(0));
      top1 += ok ? 1 : 0;
      rank1 += !ids.isEmpty() && q.expect().contains(ids.get(0)) ? 1 : 0;
      top3 += ids.stream().limit(3).anyMatch(q.expect()::contains) ? 1 : 0;
      for (int k = 0; k < ids.size(); k++) {
        if (q.expect().contains(ids.get(k))) {
          reciprocal += 1.0 / (k + 1);
          break;
        }
      }
      wrong += r.answered() && !ids.isEmpty() && !q.expect().contains(ids.get(0)) ? 1 : 0;
    } else {
      outOfScope++;
      ok = !r.answered();
      declined += ok ? 1 : 0;
    }
    style[1] += ok ? 1 : 0;
    return ok;
  }

  public double top1() {
    return ratio(top1, inScope);
  }

  public double top3() {
    return ratio(top3, inScope);
  }

  public double mrr() {
    return inScope == 0 ? 0 : reciprocal / inScope;
  }

  public double wrongRate() {
    return ratio(wrong, inScope);
  }

  public double declineRate() {
    return ratio(declined, outOfScope);
  }

  public String summary() {
    var b = new StringBuilder();
    b.append(String.format("in-scope %d: top-1 %.3f  top-3 %.3f  MRR@5 %.3f  answered wrongly %.3f%n",
        inScope, top1(), top3(), mrr(), wrongRate()));
    b.append(String.format("out-of-scope %d: declined %.3f%n", outOfScope, declineRate()));
    byStyle.forEach((k, v) -> b.append(String.format("  style %-7s %d/%d = %.3f%n", k, v[1], v[0],
        ratio(v[1], v[0]))));
    return b.toString();
  }

  /** The share of in-scope questions whose first hit is right, answered or not. */
  public double rank1() {
    return ratio(rank1, inScope);
  }

  public String row(String name) {
    return String.format("| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |", name, rank1(), top1(), top3(),
        mrr(), wrongRate(), declineRate());
  }

  static String describe(SearchHit h) {
    return h.entry().id() + String.format("(%.2f)", h.confidence());
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
