package vn.hcc.bot.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import vn.hcc.bot.knowledge.FaqEntry;
import vn.hcc.bot.knowledge.KnowledgeBase;
import vn.hcc.bot.knowledge.analysis.SpellCorrector;
import vn.hcc.bot.knowledge.analysis.TextPipeline;

/**
 * An immutable in-memory Lucene index over one knowledge base. Each phrasing (canonical question or
 * alternate) is a document, and each answer another, weighed less. Thread-safe; to change the base,
 * build a new index and swap the reference.
 */
public final class FaqIndex {
  static final String ORDINAL = "ord";
  /**
   * Word fields keep term frequencies but no length norms: reading a norm per candidate document
   * dominated search time, and the coverage re-ranking already judges how much a phrasing matches.
   */
  private static final FieldType WORDS = words();

  private final KnowledgeBase base;
  private final List<FaqEntry> entries;
  private final SearchSettings settings;
  private final TextPipeline pipeline;
  private final EntryVocabulary vocabulary;
  private final SpellCorrector speller;
  private final IndexSearcher searcher;
  private final int[] docToEntry;
  /**
   * Per entry, the off-topic.txt subjects a phrasing or the answer names, each with whether it is
   * named as a subject somewhere ({@code false}: only as background, "để xin visa").
   */
  private final java.util.Map<List<String>, Boolean>[] coveredSubjects;
  /** Per entry, the word pairs of its canonical question that no other canonical question has. */
  private final Set<String>[] canonicalKeys;
  private final java.util.Map<String, Long> docCounts = new java.util.concurrent.ConcurrentHashMap<>();
  /**
   * Where each term asked for so far sits in the index, with its statistics: the index never
   * changes, and people use few words, so most query terms are looked up once. Bounded: past
   * {@link #TERM_CACHE_SIZE} terms, new ones are looked up every time.
   */
  private final java.util.Map<org.apache.lucene.index.Term, org.apache.lucene.index.TermStates>
      termStates = new java.util.concurrent.ConcurrentHashMap<>();
  static final int TERM_CACHE_SIZE = 50_000;
  /** From this many entries on, the index is built on every core. */
  static final int PARALLEL_FROM = 500;

  private FaqIndex(KnowledgeBase base, SearchSettings settings) throws IOException {
    this.base = base;
    this.entries = base.entries();
    this.settings = settings;
    this.pipeline = settings.pipeline();
    this.vocabulary = new EntryVocabulary(entries.size());
    @SuppressWarnings("unchecked")
    java.util.Map<List<String>, Boolean>[] subjects = new java.util.Map[entries.size()];
    this.coveredSubjects = subjects;
    @SuppressWarnings("unchecked")
    Set<String>[] keys = new Set[entries.size()];
    this.canonicalKeys = keys;
    // one buffer per file: reading a term's postings then needs no slicing across many buffers
    var dir = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
        ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    var config = new IndexWriterConfig(IndexAnalyzers.forIndex())
        .setSimilarity(similarity(settings))
        .setRAMBufferSizeMB(48)
        .setUseCompoundFile(false) // in memory, a compound file is only one more copy of every byte
        .setCommitOnClose(true);
    config.getMergePolicy().setNoCFSRatio(0.0);
    Analyzed[] analyzed = new Analyzed[entries.size()];
    try (var writer = new IndexWriter(dir, config)) {
      // analysing the text is most of the work and independent per entry: use every core, unless
      // the base is small enough that threads, segments and a merge would cost more than they save
      boolean parallel = entries.size() >= PARALLEL_FROM;
      var ords = java.util.stream.IntStream.range(0, entries.size());
      (parallel ? ords.parallel() : ords).forEach(ord -> {
        Analyzed a = analyze(ord, entries.get(ord));
        analyzed[ord] = new Analyzed(null, a.phrasings(), a.exactWords(), a.answerWords(), null);
        coveredSubjects[ord] = a.subjects();
        canonicalKeys[ord] = a.phrasings().isEmpty() ? Set.of() : pairs(a.phrasings().get(0));
        try {
          writer.addDocument(a.doc());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      // the vocabulary is built on one core while Lucene merges the segments on the other
      Runnable registerAll = () -> {
        for (int ord = 0; ord < analyzed.length; ord++) {
          register(ord, analyzed[ord]);
          analyzed[ord] = null;
        }
      };
      if (parallel) {
        var registered = java.util.concurrent.CompletableFuture.runAsync(registerAll);
        writer.forceMerge(1);
        registered.join();
      } else {
        registerAll.run();
        writer.forceMerge(1); // one thread wrote one segment: nothing to merge, as a rule
      }
    }
    keepUniquePairs(canonicalKeys);
    var reader = DirectoryReader.open(dir);
    this.searcher = new IndexSearcher(reader);
    searcher.setSimilarity(similarity(settings));
    searcher.setQueryCache(null); // every query differs; tracking them for caching costs more than it saves
    this.docToEntry = docOrdinals(reader);
    Map<String, Integer> known = new HashMap<>(vocabulary.frequencies());
    pipeline.offTopicWords().forEach(w -> known.putIfAbsent(w, 0)); // a base word wins a tie
    this.speller = new SpellCorrector(known);
  }

  /** Builds the index; the knowledge base is already validated. */
  public static FaqIndex build(KnowledgeBase base, SearchSettings settings) {
    try {
      return new FaqIndex(base, settings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public KnowledgeBase base() {
    return base;
  }

  public SearchSettings settings() {
    return settings;
  }

  /** Ranks the entries visible to the audience; never throws for any text. */
  public SearchResult search(String question, boolean staff, int limit) {
    if (question == null || question.isBlank() || limit <= 0) {
      return SearchResult.empty();
    }
    try {
      return new Ranker(this, staff).rank(question, limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How a question is read, for the evaluation tool: its words as matched (folded, corrected;
   * background words in brackets) and the off-topic subjects it names ("*" where named as
   * background).
   */
  public String reading(String question) {
    TextPipeline.Words w = pipeline.query(question, speller);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < w.folded().size(); i++) {
      String word = w.folded().get(i);
      out.append(i == 0 ? "" : " ").append(w.background().get(i) ? "[" + word + "]" : word);
    }
    pipeline.offTopicOfQuestion(w).forEach((subject, asked) ->
        out.append(" | ").append(String.join(" ", subject)).append(asked ? "" : "*"));
    return out.toString();
  }

  // --- used by Ranker ---

  IndexSearcher searcher() {
    return searcher;
  }

  TextPipeline pipeline() {
    return pipeline;
  }

  SpellCorrector speller() {
    return speller;
  }

  EntryVocabulary vocabulary() {
    return vocabulary;
  }

  FaqEntry entry(int ord) {
    return entries.get(ord);
  }

  /** A term's place and statistics in the index, looked up once while the cache has room. */
  org.apache.lucene.index.TermStates termStates(org.apache.lucene.index.Term term)
      throws IOException {
    var known = termStates.get(term);
    if (known != null) {
      return known;
    }
    var states = org.apache.lucene.index.TermStates.build(searcher, term, true);
    if (termStates.size() < TERM_CACHE_SIZE) {
      termStates.put(term, states);
    }
    return states;
  }

  long docCount(String field) {
    return docCounts.computeIfAbsent(field, f -> {
      try {
        var stats = searcher.collectionStatistics(f);
        return stats == null ? 0L : stats.docCount();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Whether a phrasing or the answer of the entry names this off-topic.txt subject (folded): as its
   * subject ({@code TRUE}), only as background ({@code FALSE}), or not at all ({@code null}).
   */
  Boolean names(int ord, List<String> subject) {
    return coveredSubjects[ord].get(subject);
  }

  /** Whether the words a, b follow each other in this entry's canonical question and no other. */
  boolean isCanonicalKey(int ord, String a, String b) {
    return canonicalKeys[ord].contains(a + " " + b);
  }

  private static Set<String> pairs(List<String> folded) {
    Set<String> out = new HashSet<>();
    for (int i = 1; i < folded.size(); i++) {
      out.add(folded.get(i - 1) + " " + folded.get(i));
    }
    return out;
  }

  /** Leaves in each set only the pairs no other set holds. */
  private static void keepUniquePairs(Set<String>[] sets) {
    java.util.Map<String, Integer> count = new java.util.HashMap<>();
    for (Set<String> set : sets) {
      set.forEach(p -> count.merge(p, 1, Integer::sum));
    }
    for (Set<String> set : sets) {
      if (!set.isEmpty()) {
        set.removeIf(p -> count.get(p) > 1);
      }
    }
  }

  /** The ordinal of the entry a document stands for. */
  int entryOf(int doc) {
    return docToEntry[doc];
  }

  /** One entry's document and the words it uses, made without touching shared state. */
  private record Analyzed(Document doc, List<List<String>> phrasings, Set<String> exactWords,
      long[] answerWords, java.util.Map<List<String>, Boolean> subjects) {}

  /**
   * One document per entry: every phrasing is a value of the word fields (bigrams never span two
   * phrasings), and the answer text is a field of its own, weighed less at query time.
   */
  private Analyzed analyze(int ord, FaqEntry e) {
    Document doc = base(ord);
    List<List<String>> phrasings = new java.util.ArrayList<>();
    Set<String> exactWords = new HashSet<>();
    java.util.Map<List<String>, Boolean> subjects = new java.util.HashMap<>();
    boolean standard = settings.options().standardAnalyzer();
    for (String phrasing : e.phrasings()) {
      if (standard) {
        doc.add(new TextField(IndexAnalyzers.STANDARD, phrasing, Field.Store.NO));
        continue;
      }
      TextPipeline.Words w = pipeline.index(phrasing);
      doc.add(WordTokens.field(IndexAnalyzers.EXACT, w.exact(), false, WORDS));
      if (settings.options().folded()) {
        doc.add(WordTokens.field(IndexAnalyzers.FOLDED, w.folded(),
            settings.options().bigrams(), WORDS));
      }
      phrasings.add(w.folded());
      exactWords.addAll(w.exact());
      pipeline.offTopic(w).forEach((k, v) -> subjects.merge(k, v, Boolean::logicalOr));
    }
    long[] answerWords = {};
    if (standard) {
      doc.add(new TextField(IndexAnalyzers.STANDARD_ANSWER, e.answer(), Field.Store.NO));
    } else {
      // each word once: the answer weighs little, and its repeats only cost indexing time
      TextPipeline.Words answer = pipeline.index(e.answer());
      pipeline.offTopic(answer).forEach((k, v) -> subjects.merge(k, v, Boolean::logicalOr));
      var distinct = List.copyOf(new java.util.LinkedHashSet<>(answer.folded()));
      doc.add(WordTokens.field(IndexAnalyzers.ANSWER, distinct, false, WORDS));
      answerWords = EntryVocabulary.hashes(distinct); // here, on every core, not in register()
    }
    return new Analyzed(doc, phrasings, exactWords, answerWords,
        subjects.isEmpty() ? java.util.Map.of() : subjects);
  }

  /** Adds an analysed entry's words to the vocabulary, in entry order so that ids are stable. */
  private void register(int ord, Analyzed a) {
    Set<String> words = new HashSet<>();
    Set<String> bigrams = new HashSet<>();
    for (List<String> folded : a.phrasings()) {
      vocabulary.countPhrasing(folded);
      words.addAll(folded);
      for (int i = 1; i < folded.size(); i++) {
        bigrams.add(folded.get(i - 1) + " " + folded.get(i));
      }
    }
    vocabulary.setEntry(ord, words, a.exactWords(), bigrams);
    vocabulary.setPhrasings(ord, a.phrasings());
    vocabulary.setAnswer(ord, a.answerWords());
  }

  /** A document of entry {@code ord}, which its doc value records. */
  private static Document base(int ord) {
    Document doc = new Document();
    doc.add(new NumericDocValuesField(ORDINAL, ord));
    return doc;
  }

  private static int[] docOrdinals(DirectoryReader reader) throws IOException {
    int[] out = new int[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues values = leaf.reader().getNumericDocValues(ORDINAL);
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        out[leaf.docBase + d] = values.advanceExact(d) ? (int) values.longValue() : -1;
      }
    }
    return out;
  }

  private static FieldType words() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setOmitNorms(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.freeze();
    return t;
  }

  private static BM25Similarity similarity(SearchSettings s) {
    return new BM25Similarity((float) s.k1(), (float) s.b());
  }
}
