package vn.hcc.bot.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import vn.hcc.bot.knowledge.analysis.Folding;
import vn.hcc.bot.knowledge.analysis.TextPipeline;

/**
 * Ranks entries for one question: builds the Lucene query in code (user text never goes through a
 * query parser), groups phrasing hits by entry, and scores each entry's confidence.
 */
final class Ranker {
  /** Words of a question that are looked at; the rest of a very long message is ignored. */
  static final int MAX_WORDS = 48;
  private static final int CANDIDATE_DOCS = 40;
  /** Clauses kept in the Lucene query, the most telling first. */
  private static final int MAX_CLAUSES = 24;
  /** Entries re-ranked by the ranking model after the BM25 pass. */
  private static final int RERANK = 12;
  /** Confidence kept by an entry when the question names a subject off-topic.txt lists and it does not. */
  static final double OFF_TOPIC_FACTOR = 0.5;
  private static final Analyzer STANDARD =
      new StandardAnalyzer(org.apache.lucene.analysis.CharArraySet.EMPTY_SET);

  private final FaqIndex index;
  private final boolean staff;
  private final SearchSettings s;
  private final List<Clause> candidates = new ArrayList<>();
  private final Set<String> added = new java.util.HashSet<>();
  private double selfScore;

  Ranker(FaqIndex index, boolean staff) {
    this.index = index;
    this.staff = staff;
    this.s = index.settings();
  }

  SearchResult rank(String question, int limit) throws IOException {
    TextPipeline.Words words = buildQuery(question);
    if (candidates.isEmpty()) {
      return SearchResult.empty();
    }
    // the audience is checked on the hits rather than as a query filter: a filter would turn the
    // disjunction into a conjunction that scores every document instead of skipping the weak ones
    TopDocs top = index.searcher().search(query(), CANDIDATE_DOCS);
    List<double[]> ranked = new ArrayList<>(); // one document per entry, best first
    for (ScoreDoc sd : top.scoreDocs) {
      int ord = index.entryOf(sd.doc);
      if (staff || index.entry(ord).audience().visibleTo(false)) {
        ranked.add(new double[] {ord, sd.score});
      }
    }
    if (ranked.isEmpty()) {
      return SearchResult.empty(); // the words exist, but only in entries this audience can't see
    }
    return score(ranked.subList(0, Math.min(limit, ranked.size())), ranked, words);
  }

  /**
   * Re-ranks the best candidates by the ranking model's weighted sum of BM25 relative to the best
   * and how much of the question each entry covers: across all its phrasings (words and pairs),
   * within its best single phrasing (an entry that mentions every word somewhere, in unrelated
   * alternates, loses to one that says it all in one), in its canonical question and in its
   * answer; then scores confidence.
   */
  private SearchResult score(List<double[]> shown, List<double[]> all, TextPipeline.Words words) {
    QueryWords q = new QueryWords(words);
    int k = Math.min(all.size(), Math.max(RERANK, shown.size()));
    double first = all.get(0)[1];
    List<Candidate> candidates = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      int ord = (int) all.get(i)[0];
      double bm25 = all.get(i)[1];
      double[] order = orderFeatures(q, ord, bm25 / first);
      candidates.add(new Candidate(ord, bm25, s.ranking().score(order), order));
    }
    candidates.sort((a, b) -> Double.compare(b.combined(), a.combined()));
    int n = Math.min(shown.size(), candidates.size());
    double best = candidates.get(0).combined();
    List<SearchHit> hits = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      double other = i == 0 ? (candidates.size() > 1 ? candidates.get(1).combined() : 0) : best;
      double[] o = c.order();
      var f = new ConfidenceModel.Features(o[COVERAGE], o[BIGRAM_COVERAGE],
          selfScore > 0 ? c.bm25() / selfScore : 0,
          Math.max(-1, (c.combined() - other) / c.combined()), c.combined() / best,
          q.unknownShare(), o[KEY_MATCH], q.keyCoverage(c.ord()), o[PHRASING_COVERAGE]);
      double confidence = s.model().confidence(f);
      if (q.namesUncoveredSubject(c.ord())) {
        confidence *= OFF_TOPIC_FACTOR;
      }
      hits.add(new SearchHit(index.entry(c.ord()), c.combined(), confidence, q.matched(c.ord()), f,
          c.order()));
    }
    return new SearchResult(!hits.isEmpty() && hits.get(0).confidence() >= s.threshold(), hits);
  }

  /** What orders the candidates, in {@link RankingModel#FEATURES} order. */
  private double[] orderFeatures(QueryWords q, int ord, double relativeBm25) {
    // an officer asking is more likely asking about their own work
    boolean staffEntry = staff && index.entry(ord).audience() == vn.hcc.bot.knowledge.Audience.STAFF;
    return new double[] {relativeBm25, q.coverage(ord), q.bigramCoverage(ord),
        q.phrasingCoverage(ord), q.keyMatch(ord), q.answerCoverage(ord), q.canonicalCoverage(ord),
        staffEntry ? 1 : 0};
  }

  private record Candidate(int ord, double bm25, double combined, double[] order) {}

  /** Positions in {@link RankingModel#FEATURES} that the confidence model reuses. */
  private static final int COVERAGE = RankingModel.position("coverage");
  private static final int BIGRAM_COVERAGE = RankingModel.position("bigramCoverage");
  private static final int PHRASING_COVERAGE = RankingModel.position("phrasingCoverage");
  private static final int KEY_MATCH = RankingModel.position("keyMatch");

  private TextPipeline.Words buildQuery(String question) throws IOException {
    if (s.options().standardAnalyzer()) {
      List<String> words = standardWords(question);
      addTerms(IndexAnalyzers.STANDARD, words, words, words, 1.0, false);
      addTerms(IndexAnalyzers.STANDARD_ANSWER, words, words, words, s.answerWeight(), false);
      return new TextPipeline.Words(words, words);
    }
    TextPipeline.Words w = index.pipeline().query(question, index.speller());
    List<String> exact = cap(w.exact());
    List<String> folded = cap(w.folded());
    background = w.background();
    boolean bigrams = s.options().bigrams();
    // diacritics add precision on single words; bigram precision comes from the folded field
    if (s.exactWeight() > 0) {
      addTerms(IndexAnalyzers.EXACT, exact, exact, folded, s.exactWeight(), false);
    }
    if (s.options().folded()) {
      addTerms(IndexAnalyzers.FOLDED, folded, exact, folded, s.foldedWeight(), bigrams);
      addTerms(IndexAnalyzers.ANSWER, folded, exact, folded, s.answerWeight(), false);
    } else {
      addTerms(IndexAnalyzers.ANSWER, exact, exact, folded, s.answerWeight(), false);
    }
    return new TextPipeline.Words(exact, folded, background);
  }

  /**
   * How much a word of a background clause ("đã xin giấy xác nhận độc thân rồi, giờ …") counts,
   * in the query and in coverage, against 1 for the words of what is asked.
   */
  static final double BACKGROUND_WEIGHT = 0.3;
  private java.util.BitSet background = new java.util.BitSet();

  private double weightAt(int i) {
    return background.get(i) ? BACKGROUND_WEIGHT : 1.0;
  }

  /** Adds the words (and bigrams) of one field; {@code exact}/{@code folded} tell filler words. */
  private void addTerms(String field, List<String> words, List<String> exact, List<String> folded,
      double weight, boolean bigrams) throws IOException {
    // a word said both as background and as what is asked counts as asked
    Map<String, Double> terms = new LinkedHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      terms.merge(words.get(i), weight * weightAt(i), Math::max);
      if (bigrams && i > 0) {
        terms.merge(words.get(i - 1) + " " + words.get(i),
            weight * s.bigramWeight() * Math.max(weightAt(i - 1), weightAt(i)), Math::max);
      }
    }
    for (var t : terms.entrySet()) {
      add(field, t.getKey(), t.getValue());
    }
  }

  private void add(String field, String text, double weight) throws IOException {
    if (!added.add(field + '\u0000' + text)) {
      return;
    }
    Term term = new Term(field, text);
    // one seek serves both the statistics and the query (TermQuery would seek again)
    TermStates states = index.termStates(term);
    int df = states.docFreq();
    long n = index.docCount(field);
    double value = weight * Math.log(1 + (n - df + 0.5) / (df + 0.5));
    selfScore += value;
    if (df > 0) {
      candidates.add(new Clause(new BoostQuery(new TermQuery(term, states), (float) weight), value));
    }
  }

  /**
   * The query keeps the most telling clauses only: a long message's common words match most of a
   * large base and cost time without changing the ranking (coverage still sees every word).
   */
  private BooleanQuery query() {
    candidates.sort((a, b) -> Double.compare(b.value(), a.value()));
    var q = new BooleanQuery.Builder();
    for (int i = 0; i < Math.min(MAX_CLAUSES, candidates.size()); i++) {
      q.add(candidates.get(i).query(), BooleanClause.Occur.SHOULD);
    }
    return q.build();
  }

  private record Clause(org.apache.lucene.search.Query query, double value) {}

  private static List<String> cap(List<String> words) {
    return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
  }

  private static List<String> standardWords(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = STANDARD.tokenStream(IndexAnalyzers.STANDARD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && out.size() < MAX_WORDS) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  /**
   * The question's distinct meaningful words, weighed by rarity, for coverage features. A word
   * typed with diacritics counts fully only where an entry uses it with the same diacritics
   * ("vàng" is not "vắng"); a word typed without them matches on its folded form.
   */
  private final class QueryWords {
    private static final double FOLDED_ONLY_CREDIT = 0.5;
    private final Map<String, Double> weights = new LinkedHashMap<>();
    private final Map<String, String> exactOf = new HashMap<>();
    private final List<String[]> pairs = new ArrayList<>();
    private final List<String[]> keyPairs = new ArrayList<>();
    private double total;
    private double unknown;

    QueryWords(TextPipeline.Words words) {
      List<String> folded = cap(words.folded());
      List<String> exact = cap(words.exact());
      this.offTopic = index.pipeline().offTopicOfQuestion(new TextPipeline.Words(exact, folded));
      boolean allFillers = true;
      for (int i = 0; i < folded.size() && allFillers; i++) {
        allFillers = index.pipeline().isFiller(exact, folded, i);
      }
      for (int i = 0; i < folded.size(); i++) {
        String w = folded.get(i);
        if (!allFillers && index.pipeline().isFiller(exact, folded, i)) {
          continue;
        }
        double idf = index.vocabulary().idf(w) * weightAt(i);
        Double had = weights.get(w);
        if (had != null && had >= idf) {
          continue;
        }
        double added = had == null ? idf : idf - had; // a word said again as what is asked
        weights.put(w, idf);
        total += added;
        if (!index.vocabulary().known(w)) {
          unknown += added;
        }
        String e = i < exact.size() ? exact.get(i) : w;
        if (!e.equals(w) && Folding.fold(e).equals(w)) {
          exactOf.put(w, e); // typed with diacritics (not a spelling correction)
        }
      }
      // the words that name an off-topic subject are no evidence for an entry's own subject
      // ("ly hôn cần giấy tờ gì" shares "hôn cần" with "kết hôn cần giấy tờ gì")
      boolean[] subject = offTopic.isEmpty() ? null
          : index.pipeline().offTopicSpans(new TextPipeline.Words(exact, folded));
      for (int i = 1; i < folded.size(); i++) {
        String[] pair = {folded.get(i - 1), folded.get(i)};
        pairs.add(pair);
        if (subject == null || !(subject[i - 1] || subject[i])) {
          keyPairs.add(pair);
        }
      }
    }

    /**
     * How distinctive the best word the entry shares with the question is: its rarity relative to
     * the rarest possible word. Off-topic questions tend to share only common words.
     */
    double keyMatch(int ord) {
      double best = 0;
      for (var e : weights.entrySet()) {
        best = Math.max(best, e.getValue() * credit(ord, e.getKey()));
      }
      return best / index.vocabulary().idf("\u0000");
    }

    /** Share of the question's three rarest words that the entry contains. */
    double keyCoverage(int ord) {
      if (rarest == null) {
        List<Map.Entry<String, Double>> top = new ArrayList<>(weights.entrySet());
        top.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        rarest = top.subList(0, Math.min(3, top.size())).stream().map(Map.Entry::getKey).toList();
      }
      if (rarest.isEmpty()) {
        return 0;
      }
      int hit = 0;
      for (String w : rarest) {
        hit += index.vocabulary().hasWord(ord, w) ? 1 : 0;
      }
      return (double) hit / rarest.size();
    }

    private List<String> rarest;

    /**
     * How much a question word counts for an entry: 0 when the entry lacks it, less when it was
     * typed with diacritics the entry never uses, 1 otherwise.
     */
    private double credit(int ord, String word) {
      if (!index.vocabulary().hasWord(ord, word)) {
        return 0;
      }
      String exact = exactOf.get(word);
      return exact == null || index.vocabulary().hasExactWord(ord, exact) ? 1.0 : FOLDED_ONLY_CREDIT;
    }

    /**
     * The most of the question's weight that a single phrasing of the entry covers: an off-topic
     * question often matches everyday words scattered over many alternates, a real one mostly
     * matches one of them.
     */
    double phrasingCoverage(int ord) {
      return total == 0 ? 0 : phrasingHits(ord)[0] / total;
    }

    /** Share of the question's weight that the entry's canonical question covers. */
    double canonicalCoverage(int ord) {
      return total == 0 ? 0 : phrasingHits(ord)[1] / total;
    }

    /** The weight the best phrasing covers and the weight the canonical one covers. */
    private double[] phrasingHits(int ord) {
      double[] known = phrasingHits.get(ord);
      if (known != null) {
        return known;
      }
      if (ids == null) {
        // the question's known words by id, ascending, to walk beside each phrasing's sorted ids
        List<double[]> byId = new ArrayList<>(weights.size());
        for (var e : weights.entrySet()) {
          int id = index.vocabulary().idOf(e.getKey());
          if (id >= 0) {
            byId.add(new double[] {id, e.getValue()});
          }
        }
        byId.sort((a, b) -> Double.compare(a[0], b[0]));
        ids = new int[byId.size()];
        idf = new double[byId.size()];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = (int) byId.get(i)[0];
          idf[i] = byId.get(i)[1];
        }
      }
      double best = 0;
      double canonical = -1; // the canonical question is the first phrasing
      for (int[] phrasing : index.vocabulary().phrasings(ord)) {
        double hit = 0;
        for (int i = 0, j = 0; i < ids.length && j < phrasing.length; ) {
          if (ids[i] < phrasing[j]) {
            i++;
          } else if (ids[i] > phrasing[j]) {
            j++;
          } else {
            hit += idf[i++];
            j++;
          }
        }
        best = Math.max(best, hit);
        if (canonical < 0) {
          canonical = hit;
        }
      }
      double[] out = {best, Math.max(0, canonical)};
      phrasingHits.put(ord, out);
      return out;
    }

    private final Map<Integer, double[]> phrasingHits = new HashMap<>();
    private int[] ids;
    private double[] idf;
    private final java.util.Map<List<String>, Boolean> offTopic;

    /**
     * Whether the question asks about a subject the base does not cover (off-topic.txt) that this
     * entry does not answer: the entry never names it, or names it only as background ("lý lịch
     * tư pháp để xin visa") while the question does not name what the entry is about (a word pair
     * of its canonical question). Then the entry only shares the question's everyday words. A
     * subject the question itself names only as background ("đã ly hôn, giờ xin …") counts for
     * nothing.
     */
    boolean namesUncoveredSubject(int ord) {
      for (var subject : offTopic.entrySet()) {
        if (!subject.getValue()) {
          continue;
        }
        Boolean named = index.names(ord, subject.getKey());
        if (named == null || (!named && !namesCanonicalKey(ord))) {
          return true;
        }
      }
      return false;
    }

    private boolean namesCanonicalKey(int ord) {
      for (String[] p : keyPairs) {
        if (index.isCanonicalKey(ord, p[0], p[1])) {
          return true;
        }
      }
      return false;
    }

    /** Share of the question's weight that no entry knows at all. */
    double unknownShare() {
      return total == 0 ? 0 : unknown / total;
    }

    double coverage(int ord) {
      if (total == 0) {
        return 0;
      }
      double hit = 0;
      for (var e : weights.entrySet()) {
        hit += e.getValue() * credit(ord, e.getKey());
      }
      return hit / total;
    }

    /** Share of the question's weight whose words the entry's answer text uses. */
    double answerCoverage(int ord) {
      if (total == 0) {
        return 0;
      }
      double hit = 0;
      for (var e : weights.entrySet()) {
        if (index.vocabulary().answerHas(ord, e.getKey())) {
          hit += e.getValue();
        }
      }
      return hit / total;
    }

    double bigramCoverage(int ord) {
      if (pairs.isEmpty()) {
        return coverage(ord);
      }
      int hit = 0;
      for (String[] p : pairs) {
        if (index.vocabulary().hasBigram(ord, p[0], p[1])) {
          hit++;
        }
      }
      return (double) hit / pairs.size();
    }

    List<String> matched(int ord) {
      List<String> out = new ArrayList<>();
      for (String w : weights.keySet()) {
        if (index.vocabulary().hasWord(ord, w)) {
          out.add(w);
        }
      }
      return out;
    }
  }
}
