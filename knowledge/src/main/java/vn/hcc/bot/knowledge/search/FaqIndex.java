package vn.hcc.bot.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import vn.hcc.bot.knowledge.Audience;
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
  static final String AUDIENCE = "aud";
  static final String ORDINAL = "ord";

  private final KnowledgeBase base;
  private final List<FaqEntry> entries;
  private final SearchSettings settings;
  private final TextPipeline pipeline;
  private final EntryVocabulary vocabulary;
  private final SpellCorrector speller;
  private final IndexSearcher searcher;
  private final int[] docToEntry;

  private FaqIndex(KnowledgeBase base, SearchSettings settings) throws IOException {
    this.base = base;
    this.entries = base.entries();
    this.settings = settings;
    this.pipeline = settings.pipeline();
    this.vocabulary = new EntryVocabulary(entries.size());
    var dir = new ByteBuffersDirectory();
    var config = new IndexWriterConfig(IndexAnalyzers.forIndex(settings.options().bigrams()))
        .setSimilarity(similarity(settings))
        .setRAMBufferSizeMB(256)
        .setCommitOnClose(true);
    try (var writer = new IndexWriter(dir, config)) {
      for (int ord = 0; ord < entries.size(); ord++) {
        addEntry(writer, ord, entries.get(ord));
      }
      writer.forceMerge(1);
    }
    var reader = DirectoryReader.open(dir);
    this.searcher = new IndexSearcher(reader);
    searcher.setSimilarity(similarity(settings));
    this.docToEntry = docOrdinals(reader);
    this.speller = new SpellCorrector(vocabulary.frequencies());
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

  /** The entry ordinal shifted left by one, the low bit set for answer-text documents. */
  int entryOf(int doc) {
    return docToEntry[doc];
  }

  private void addEntry(IndexWriter writer, int ord, FaqEntry e) throws IOException {
    Set<String> words = new HashSet<>();
    Set<String> exactWords = new HashSet<>();
    Set<String> bigrams = new HashSet<>();
    for (String phrasing : e.phrasings()) {
      Document doc = base(ord, e, false);
      if (settings.options().standardAnalyzer()) {
        doc.add(new TextField(IndexAnalyzers.STANDARD, phrasing, Field.Store.NO));
      } else {
        TextPipeline.Words w = pipeline.index(phrasing);
        doc.add(new TextField(IndexAnalyzers.EXACT, String.join(" ", w.exact()), Field.Store.NO));
        if (settings.options().folded()) {
          doc.add(new TextField(IndexAnalyzers.FOLDED, String.join(" ", w.folded()), Field.Store.NO));
        }
        vocabulary.countPhrasing(w.folded());
        words.addAll(w.folded());
        exactWords.addAll(w.exact());
        for (int i = 1; i < w.folded().size(); i++) {
          bigrams.add(w.folded().get(i - 1) + " " + w.folded().get(i));
        }
      }
      writer.addDocument(doc);
    }
    Document answer = base(ord, e, true);
    if (settings.options().standardAnalyzer()) {
      answer.add(new TextField(IndexAnalyzers.STANDARD_ANSWER, e.answer(), Field.Store.NO));
    } else {
      TextPipeline.Words w = pipeline.index(e.answer());
      answer.add(new TextField(IndexAnalyzers.ANSWER, String.join(" ", w.folded()), Field.Store.NO));
    }
    writer.addDocument(answer);
    vocabulary.setEntry(ord, words, exactWords, bigrams);
  }

  /** A document of entry {@code ord}; its doc value also tells a phrasing from the answer text. */
  private static Document base(int ord, FaqEntry e, boolean answer) {
    Document doc = new Document();
    doc.add(new StringField(AUDIENCE, e.audience().code(), Field.Store.NO));
    doc.add(new NumericDocValuesField(ORDINAL, (ord << 1) | (answer ? 1 : 0)));
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

  private static BM25Similarity similarity(SearchSettings s) {
    return new BM25Similarity((float) s.k1(), (float) s.b());
  }

  /** The audiences a citizen may see. */
  static Set<String> citizenAudiences() {
    return new LinkedHashSet<>(List.of(Audience.CITIZEN.code(), Audience.ALL.code()));
  }
}
