package vn.hcc.bot.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hcc.bot.core.Button;
import vn.hcc.bot.core.Conversation;
import vn.hcc.bot.core.ConversationEngine;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.InboundMessage;
import vn.hcc.bot.core.Reply;
import vn.hcc.bot.core.handoff.StaffDirectory;
import vn.hcc.bot.core.log.OutcomeType;
import vn.hcc.bot.core.log.QuestionLog;
import vn.hcc.bot.core.log.QuestionLogEntry;
import vn.hcc.bot.core.privacy.UserHasher;

/**
 * The conversation engine: one turn at a time per conversation, a redelivered message handled
 * once, every turn logged before its replies are returned, and any internal failure turned into an
 * apology that also resets the conversation so the bot cannot loop on a broken state.
 */
public final class DefaultConversationEngine implements ConversationEngine {
  private static final Logger log = LoggerFactory.getLogger(DefaultConversationEngine.class);
  static final String MESSAGE_PREFIX = "msg:";

  private final Services services;
  private final QuestionLog questionLog;
  private final StaffDirectory staff;
  private final UserHasher hasher;
  private final TurnRouter router;
  private final KeyedLocks locks = new KeyedLocks(512);

  DefaultConversationEngine(Services services, QuestionLog questionLog, StaffDirectory staff) {
    this.services = services;
    this.questionLog = questionLog;
    this.staff = staff;
    this.hasher = new UserHasher(services.settings().userHashSalt());
    this.router = new TurnRouter(services);
  }

  public static EngineBuilder builder() {
    return new EngineBuilder();
  }

  /** The hash the question log holds for this user, e.g. for {@link QuestionLog#recordDelivery}. */
  public String userHash(ConversationKey key) {
    return hasher.hash(key);
  }

  @Override
  public List<Reply> handle(InboundMessage message) {
    long start = System.nanoTime();
    String userHash = hasher.hash(message.from());
    ReentrantLock lock = locks.lockFor(message.from());
    lock.lock();
    try {
      if (!firstDelivery(message, userHash)) {
        return List.of();
      }
      return turn(message, userHash, start);
    } catch (RuntimeException e) {
      return fail(message, userHash, start, e);
    } finally {
      lock.unlock();
    }
  }

  private boolean firstDelivery(InboundMessage message, String userHash) {
    String id = message.messageId();
    return id.isBlank() || services.deduplicator()
        .firstTime(MESSAGE_PREFIX + userHash + ":" + id, services.settings().sessionTtl());
  }

  private List<Reply> turn(InboundMessage message, String userHash, long start) {
    ConversationKey key = message.from();
    Instant now = services.clock().instant();
    Conversation conversation = services.store().load(key).orElseGet(() -> Conversation.start(key, now));
    String text = TextNormalizer.clean(message.text());
    Turn t = new Turn(message, userHash, staff.isStaff(key), text,
        services.masker().mask(text), conversation);
    router.route(t);
    if (!t.erased) {
      noticeOnFirstContact(t);
      services.store().save(t.conversation.withChoices(payloads(t.replies)).touchedAt(now),
          services.settings().sessionTtl());
    }
    questionLog.append(entry(t, start));
    return List.copyOf(t.replies);
  }

  private void noticeOnFirstContact(Turn t) {
    if (services.deduplicator().firstTime(EraseFlow.NOTICE_PREFIX + t.userHash,
        services.settings().privacyRetentionPeriod())) {
      t.replies.add(0, Reply.text(services.msg("privacy.notice")));
    }
  }

  private static List<String> payloads(List<Reply> replies) {
    List<String> out = new ArrayList<>();
    for (Reply r : replies) {
      for (Button b : r.buttons()) {
        out.add(b.payload());
      }
    }
    return out;
  }

  private QuestionLogEntry entry(Turn t, long start) {
    String text = t.loggedText != null ? t.loggedText : t.payload != null ? t.payload : t.maskedText;
    return new QuestionLogEntry(services.clock().instant(), t.key().channel(),
        t.erased ? null : t.userHash, t.message.messageId(), text, t.outcome, t.entryId,
        t.category, t.confidence, t.rating, t.refMessageId, elapsedMs(start), null, null);
  }

  private List<Reply> fail(InboundMessage message, String userHash, long start, RuntimeException e) {
    ConversationKey key = message.from();
    log.error("Turn failed on {} (user {}…, message {}); conversation reset", key.channel(),
        userHash.substring(0, 8), message.messageId(), e);
    try {
      services.store().delete(key);
    } catch (RuntimeException again) {
      log.warn("Could not reset the conversation after a failure: {}", again.toString());
    }
    try {
      questionLog.append(new QuestionLogEntry(services.clock().instant(), key.channel(), userHash,
          message.messageId(), services.masker().mask(TextNormalizer.clean(message.text())),
          OutcomeType.ERROR, null, null, null, null, null, elapsedMs(start), null,
          e.getClass().getSimpleName()));
    } catch (RuntimeException again) {
      log.warn("Could not log the failed turn: {}", again.toString());
    }
    return List.of(Reply.text(services.msg("error")));
  }

  private static long elapsedMs(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
