package vn.hcc.bot.app.knowledge;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import vn.hcc.bot.knowledge.KnowledgeBase;
import vn.hcc.bot.knowledge.KnowledgeBaseLoader;
import vn.hcc.bot.knowledge.search.FaqIndex;
import vn.hcc.bot.knowledge.search.SearchSettings;

/**
 * Reads the bundled knowledge base and indexes it with the default settings on a second core
 * while Spring is still reading its configuration on the first (about a second of a start-up
 * that is otherwise single-threaded). The beans take the results when they are ready; without a
 * preload (tests start the context directly) they load and build as before.
 */
public final class KnowledgePreload {
  private static volatile CompletableFuture<KnowledgeBase> base;
  private static volatile CompletableFuture<FaqIndex> index;

  private KnowledgePreload() {}

  /** Starts reading and indexing the bundled base on a daemon thread. */
  public static synchronized void start() {
    if (base != null) {
      return;
    }
    var loaded = new CompletableFuture<KnowledgeBase>();
    var built = new CompletableFuture<FaqIndex>();
    base = loaded;
    index = built;
    Thread t = new Thread(() -> {
      try {
        KnowledgeBase b = KnowledgeBaseLoader.loadBundled();
        loaded.complete(b);
        built.complete(FaqIndex.build(b, SearchSettings.defaults()));
      } catch (RuntimeException | Error e) {
        loaded.completeExceptionally(e);
        built.completeExceptionally(e);
      }
    }, "knowledge-preload");
    t.setDaemon(true);
    t.start();
  }

  /** The bundled base: the preloaded one, or read now. A broken base throws its problems. */
  static KnowledgeBase bundled() {
    var f = base;
    return f == null ? KnowledgeBaseLoader.loadBundled() : join(f);
  }

  /**
   * The index of exactly this base with the default settings, when the preload built it; null
   * when the base is another (admin edits) or nothing was preloaded.
   */
  static FaqIndex indexOf(KnowledgeBase b) {
    var f = index;
    if (f == null || base == null || base.getNow(null) != b) {
      return null;
    }
    return join(f);
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
