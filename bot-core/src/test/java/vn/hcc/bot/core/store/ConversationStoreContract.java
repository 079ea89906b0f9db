package vn.hcc.bot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hcc.bot.core.Conversation;
import vn.hcc.bot.core.Conversation.Step;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.ConversationStore;

/**
 * What every {@link ConversationStore} must do. Extend it and provide the store; {@link #expire}
 * lets an in-memory store move its clock instead of sleeping.
 */
public abstract class ConversationStoreContract {
  protected abstract ConversationStore store();

  /** Makes time pass for the store (a real store may simply sleep). */
  protected abstract void expire(Duration moreThan);

  private static Conversation full(ConversationKey key) {
    return new Conversation(key, Step.FEEDBACK_CONFIRM,
        List.of("faq:dvc.track", "rate:up:passport.apply", "fb:ok"), "passport.apply",
        "làm hộ chiếu = ? & 100%\nxuống dòng", "m-42", "Nội dung có dấu phẩy, dấu = và 😀",
        "0912 345 678", Instant.parse("2026-11-27T03:04:05Z"));
  }

  @Test
  void loadsNothingForAnUnknownConversation() {
    assertThat(store().load(new ConversationKey("web", "never-seen"))).isEmpty();
  }

  @Test
  void savesAndLoadsEveryField() {
    ConversationKey key = new ConversationKey("telegram", "12345");
    Conversation saved = full(key);
    store().save(saved, Duration.ofMinutes(5));
    assertThat(store().load(key)).contains(saved);
  }

  @Test
  void savesAFreshConversationWithEmptyFields() {
    ConversationKey key = new ConversationKey("web", "fresh");
    Conversation fresh = Conversation.start(key, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    store().save(fresh, Duration.ofMinutes(5));
    assertThat(store().load(key)).contains(fresh);
  }

  @Test
  void aLaterSaveReplacesTheEarlierOne() {
    ConversationKey key = new ConversationKey("zalo", "u1");
    store().save(full(key), Duration.ofMinutes(5));
    Conversation next = full(key).endFlow().withChoices(List.of());
    store().save(next, Duration.ofMinutes(5));
    assertThat(store().load(key)).contains(next);
  }

  @Test
  void keepsConversationsApartEvenWithCrazyKeys() {
    ConversationKey a = new ConversationKey("web", "a:b");
    ConversationKey b = new ConversationKey("web:a", "b");
    ConversationKey c = new ConversationKey("web", "ngườidùng/😀\n*?[]");
    store().save(full(a).withTopic("a", null, null), Duration.ofMinutes(5));
    store().save(full(b).withTopic("b", null, null), Duration.ofMinutes(5));
    store().save(full(c).withTopic("c", null, null), Duration.ofMinutes(5));
    assertThat(store().load(a).orElseThrow().topicId()).isEqualTo("a");
    assertThat(store().load(b).orElseThrow().topicId()).isEqualTo("b");
    assertThat(store().load(c).orElseThrow().key()).isEqualTo(c);
  }

  @Test
  void deletesAConversation() {
    ConversationKey key = new ConversationKey("web", "to-delete");
    store().save(full(key), Duration.ofMinutes(5));
    store().delete(key);
    assertThat(store().load(key)).isEmpty();
    store().delete(key);
  }

  @Test
  void anIdleConversationExpires() {
    ConversationKey idle = new ConversationKey("web", "idle");
    ConversationKey active = new ConversationKey("web", "active");
    store().save(full(idle), Duration.ofMillis(300));
    store().save(full(active), Duration.ofMinutes(5));
    expire(Duration.ofMillis(300));
    assertThat(store().load(idle)).isEmpty();
    assertThat(store().load(active)).isPresent();
  }
}
