package vn.hcc.bot.knowledge.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the analysis stages in order over a text and returns its words in two forms: exact
 * (diacritics kept, one tone convention) and folded (no diacritics). Index and query use the same
 * stages; only the query side repairs Telex and typos, against the index vocabulary.
 */
public final class TextPipeline {
  private final AnalysisOptions options;
  private final ChatAbbreviations abbreviations;
  private final OffTopicPhrases offTopic;
  private final Set<String> fillers;
  private final Set<String> foldedFillers = new java.util.HashSet<>();
  /** Word pairs in which a filler word is a real word ("địa chỉ", "một cửa"), as typed and folded. */
  private final Set<String> compounds = new java.util.HashSet<>();
  private final Set<String> foldedCompounds = new java.util.HashSet<>();
  /**
   * Tone-normalised and folded forms of the words knowledge-base texts use, filled while indexing
   * (a base repeats its vocabulary thousands of times; a question only reads them). User text never
   * adds to them, so they stay the size of the base's vocabulary.
   */
  private final java.util.Map<String, String> toneForms = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Map<String, String> foldedForms = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * {@code fillers} are normalised words with their diacritics ("vâng", "ạ"); an item of two words
   * is a compound inside which its filler word keeps its meaning ("địa chỉ", "quá hạn").
   */
  public TextPipeline(AnalysisOptions options, ChatAbbreviations abbreviations, Set<String> fillers) {
    this(options, abbreviations, fillers, OffTopicPhrases.none());
  }

  public TextPipeline(AnalysisOptions options, ChatAbbreviations abbreviations, Set<String> fillers,
      OffTopicPhrases offTopic) {
    this.options = options;
    this.offTopic = offTopic;
    this.abbreviations = abbreviations;
    Set<String> words = new java.util.HashSet<>();
    for (String raw : fillers) {
      String f = ToneMarks.normalizeWords(raw); // the convention of the words they meet
      if (f.indexOf(' ') > 0) {
        compounds.add(f);
        foldedCompounds.add(Folding.fold(f));
      } else {
        words.add(f);
        foldedFillers.add(Folding.fold(f));
      }
    }
    this.fillers = Set.copyOf(words);
  }

  public AnalysisOptions options() {
    return options;
  }

  /**
   * Provinces and cities ({@code place-names.txt}, matched like off-topic phrases): a question's
   * words that name one are left out with the filler stage. Entries name places as situations
   * ("hộ khẩu Long An, làm ở Bình Dương"), so a place shared with a question says nothing about
   * which entry answers it.
   */
  static final OffTopicPhrases PLACES = OffTopicPhrases.parse(WordLists.bundled("place-names.txt"));

  /** Words of a knowledge-base text (question, alternate or answer). */
  public Words index(String text) {
    List<String> exact = words(text, true);
    return new Words(exact, fold(exact, true));
  }

  /** Background clauses of questions ({@code background.txt}). */
  static final BackgroundClauses BACKGROUND = BackgroundClauses.bundled();

  /** Words of a user's question, repaired against the known vocabulary. */
  public Words query(String text, SpellCorrector vocabulary) {
    BitSet clauses = new BitSet();
    List<String> exact = words(options.codes() ? CodeStripper.strip(text) : text, false, clauses);
    if (options.telex() && vocabulary != null) {
      exact = repairTelex(exact, vocabulary);
    }
    List<String> folded = fold(exact, false);
    BitSet background = new BitSet();
    if (options.fillers()) {
      // where the asker lives is not what the question is about
      boolean[] place = PLACES.spans(exact, folded);
      List<String> keptExact = new ArrayList<>(exact.size());
      List<String> keptFolded = new ArrayList<>(exact.size());
      BitSet keptClauses = new BitSet();
      boolean clauseOpen = false;
      for (int i = 0; i < place.length; i++) {
        clauseOpen |= clauses.get(i);
        if (!place[i]) {
          if (clauseOpen) {
            keptClauses.set(keptExact.size());
            clauseOpen = false;
          }
          keptExact.add(exact.get(i));
          keptFolded.add(folded.get(i));
        }
      }
      exact = keptExact;
      folded = keptFolded;
      clauses = keptClauses;
    }
    if (options.background()) {
      // nor is what the asker has already done
      background = BACKGROUND.of(exact, folded, clauses);
    }
    if (options.spelling() && vocabulary != null) {
      folded = new ArrayList<>(folded);
      for (int i = 0; i < folded.size(); i++) {
        String fixed = vocabulary.correct(folded.get(i));
        if (fixed != null) {
          folded.set(i, fixed);
        }
      }
    }
    return new Words(exact, folded, background);
  }

  /**
   * Subjects of the off-topic list that a text's words name, folded, each with whether the text
   * names it as its subject rather than as background (none when off).
   */
  public java.util.Map<List<String>, Boolean> offTopic(Words words) {
    return options.offTopic() ? offTopic.namedIn(words.exact(), words.folded()) : java.util.Map.of();
  }

  /**
   * The folded words of the off-topic subjects (none when off): the speller knows them, so a
   * typo of one ("rượuu") is corrected to it, not to a word of the base, and names its subject.
   */
  public java.util.Set<String> offTopicWords() {
    return options.offTopic() ? offTopic.foldedWords() : java.util.Set.of();
  }

  /**
   * The same for a question's words from {@link #query}: its folded words may be spelling
   * corrections, so the subject is looked for in what was typed too ("work permit" is not "word
   * permit").
   */
  public java.util.Map<List<String>, Boolean> offTopicOfQuestion(Words words) {
    if (!options.offTopic()) {
      return java.util.Map.of();
    }
    java.util.Map<List<String>, Boolean> named = java.util.Map.of();
    for (Words reading : subjectReadings(words)) {
      var found = offTopic.namedIn(reading.exact(), reading.folded());
      if (named.isEmpty()) {
        named = found;
      } else if (!found.isEmpty()) {
        var both = new java.util.LinkedHashMap<>(named);
        found.forEach((k, v) -> both.merge(k, v, Boolean::logicalOr));
        named = both;
      }
    }
    return named;
  }

  /**
   * Which words of a question from {@link #query} name an off-topic subject, position by position
   * (as found by {@link #offTopicOfQuestion}).
   */
  public boolean[] offTopicSpans(Words words) {
    boolean[] in = new boolean[words.folded().size()];
    if (options.offTopic()) {
      for (Words reading : subjectReadings(words)) {
        boolean[] found = offTopic.spans(reading.exact(), reading.folded());
        for (int i = 0; i < in.length; i++) {
          in[i] |= found[i];
        }
      }
    }
    return in;
  }

  /**
   * The readings of a question's words that subjects are looked for in: with its spelling
   * corrections, each compared folded (its diacritics were typed on a misspelling, "hônn"), and,
   * where anything was corrected, as typed.
   */
  private List<Words> subjectReadings(Words words) {
    List<String> typed = fold(words.exact(), false);
    if (typed.equals(words.folded())) {
      return List.of(words);
    }
    List<String> corrected = new ArrayList<>(words.exact());
    for (int i = 0; i < corrected.size(); i++) {
      if (!typed.get(i).equals(words.folded().get(i))) {
        corrected.set(i, words.folded().get(i));
      }
    }
    return List.of(new Words(corrected, words.folded()), new Words(words.exact(), typed));
  }

  /**
   * Whether a word only carries politeness or rhythm. A word typed with diacritics is compared as
   * typed ("vàng" is not "vâng"); one typed without them is compared folded ("vang" may be "vâng").
   */
  boolean isFiller(String exact, String folded) {
    if (!options.fillers()) {
      return false;
    }
    return exact.equals(folded) ? foldedFillers.contains(folded) : fillers.contains(exact);
  }

  /**
   * Whether the word at {@code i} of a text only carries politeness or rhythm there: a filler word
   * that does not form a listed compound with the word before or after it ("chỉ" in "địa chỉ",
   * "một" in "một cửa" keep their weight).
   */
  public boolean isFiller(List<String> exact, List<String> folded, int i) {
    if (!isFiller(exact.get(i), folded.get(i))) {
      return false;
    }
    return !(i > 0 && compound(exact, folded, i - 1))
        && !(i + 1 < folded.size() && compound(exact, folded, i));
  }

  /** Whether words {@code i} and {@code i + 1} form a compound (compared folded if either was typed so). */
  private boolean compound(List<String> exact, List<String> folded, int i) {
    String a = exact.get(i);
    String b = exact.get(i + 1);
    if (a.equals(folded.get(i)) || b.equals(folded.get(i + 1))) {
      return foldedCompounds.contains(folded.get(i) + ' ' + folded.get(i + 1));
    }
    return compounds.contains(a + ' ' + b);
  }

  private List<String> words(String text, boolean remember) {
    return words(text, remember, null);
  }

  /**
   * The words of a text; with {@code clauseStarts}, clause by clause (split at punctuation), each
   * clause's first position set in it.
   */
  private List<String> words(String text, boolean remember, BitSet clauseStarts) {
    String normal = options.nfc() ? TextNormalizer.normalize(text) : text.toLowerCase(java.util.Locale.ROOT);
    if (clauseStarts == null) {
      return clause(normal, remember);
    }
    List<String> out = new ArrayList<>();
    for (String piece : CLAUSE_BREAK.split(normal)) {
      clauseStarts.set(out.size());
      out.addAll(clause(piece, remember));
    }
    return out;
  }

  private static final java.util.regex.Pattern CLAUSE_BREAK =
      java.util.regex.Pattern.compile("[,.;:!?()\\n]+");

  private List<String> clause(String normal, boolean remember) {
    List<String> out = new ArrayList<>();
    for (String w : WordSplitter.split(normal)) {
      out.add(options.toneMarks() ? form(toneForms, w, ToneMarks::normalizeSyllable, remember) : w);
    }
    return options.abbreviations() ? abbreviations.expand(out) : out;
  }

  private List<String> repairTelex(List<String> words, SpellCorrector vocabulary) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      String fixed = null;
      if (!vocabulary.isKnown(w)) {
        fixed = TelexRepair.repair(w);
        fixed = fixed == null ? null : ToneMarks.normalizeSyllable(fixed);
        if (fixed != null && !vocabulary.isKnown(Folding.fold(fixed))) {
          fixed = null;
        }
      }
      out.add(fixed != null ? fixed : w);
    }
    return out;
  }

  private List<String> fold(List<String> exact, boolean remember) {
    if (!options.folded()) {
      return exact;
    }
    List<String> out = new ArrayList<>(exact.size());
    for (String w : exact) {
      out.add(form(foldedForms, w, Folding::fold, remember));
    }
    return out;
  }

  /** How many word forms indexing has remembered (for tests). */
  int rememberedForms() {
    return toneForms.size() + foldedForms.size();
  }

  private static String form(java.util.Map<String, String> known, String word,
      java.util.function.UnaryOperator<String> make, boolean remember) {
    String f = known.get(word);
    if (f == null) {
      f = make.apply(word);
      if (remember) {
        known.put(word, f);
      }
    }
    return f;
  }

  /**
   * The words of one text, diacritics kept and folded, position by position; for a question, the
   * positions that belong to a background clause ({@link BackgroundClauses}).
   */
  public record Words(List<String> exact, List<String> folded, BitSet background) {
    public Words(List<String> exact, List<String> folded) {
      this(exact, folded, new BitSet());
    }
  }
}
