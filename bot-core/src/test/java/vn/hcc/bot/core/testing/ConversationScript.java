package vn.hcc.bot.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import vn.hcc.bot.core.Button;
import vn.hcc.bot.core.ConversationEngine;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.InboundMessage;
import vn.hcc.bot.core.Reply;

/**
 * A conversation test read as a script:
 * {@code script.user("làm hộ chiếu").expectReplyContaining("Tờ khai").press("rate:up:passport.apply")}.
 * Each message gets a new id; {@link #resend()} repeats the last one as a redelivered webhook.
 */
public final class ConversationScript {
  private final ConversationEngine engine;
  private ConversationKey key;
  private int counter;
  private InboundMessage last;
  private List<Reply> replies = List.of();

  private ConversationScript(ConversationEngine engine, ConversationKey key) {
    this.engine = engine;
    this.key = key;
  }

  public static ConversationScript with(ConversationEngine engine) {
    return new ConversationScript(engine, new ConversationKey("web", "user-1"));
  }

  public ConversationScript as(String channel, String userId) {
    this.key = new ConversationKey(channel, userId);
    return this;
  }

  public ConversationKey key() {
    return key;
  }

  public ConversationScript user(String text) {
    return send(InboundMessage.text(key, nextId(), text));
  }

  public ConversationScript press(String payload) {
    return send(InboundMessage.button(key, nextId(), payload));
  }

  public ConversationScript resend() {
    replies = engine.handle(last);
    return this;
  }

  /** Sends a hand-made message (e.g. with a null text). */
  public ConversationScript send(InboundMessage message) {
    last = message;
    replies = engine.handle(message);
    return this;
  }

  private String nextId() {
    return key.userId() + "-m" + (++counter);
  }

  public List<Reply> replies() {
    return replies;
  }

  public String text() {
    return replies.stream().map(Reply::text).collect(Collectors.joining("\n---\n"));
  }

  public List<String> payloads() {
    return replies.stream().flatMap(r -> r.buttons().stream()).map(Button::payload).toList();
  }

  public ConversationScript expectReplyContaining(String... fragments) {
    assertThat(text()).as("replies to %s", describe()).contains(fragments);
    return this;
  }

  public ConversationScript expectNoReplyContaining(String... fragments) {
    assertThat(text()).as("replies to %s", describe()).doesNotContain(fragments);
    return this;
  }

  public ConversationScript expectButton(String... payloads) {
    assertThat(payloads()).as("buttons after %s", describe()).contains(payloads);
    return this;
  }

  public ConversationScript expectNoButton(String... payloads) {
    assertThat(payloads()).as("buttons after %s", describe()).doesNotContain(payloads);
    return this;
  }

  public ConversationScript expectNoReplies() {
    assertThat(replies).as("replies to %s", describe()).isEmpty();
    return this;
  }

  public ConversationScript expectSomeReply() {
    assertThat(replies).as("replies to %s", describe()).isNotEmpty();
    assertThat(replies).allSatisfy(r -> assertThat(r.text()).isNotBlank());
    return this;
  }

  private String describe() {
    if (last == null) {
      return "nothing";
    }
    return last.isButton() ? "button " + last.payload() : "\"" + abbreviate(last.text()) + "\"";
  }

  private static String abbreviate(String s) {
    return s == null || s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }
}
