package vn.hcc.bot.channel.zalo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.hcc.bot.channel.ChannelApiException;
import vn.hcc.bot.channel.Delivery;
import vn.hcc.bot.channel.DeliveryRecorder;
import vn.hcc.bot.channel.DeliveryRecorder.Outcome;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.Reply;

/**
 * Sends the replies of one turn in order and records one outcome for the turn. A rejected button
 * template is re-sent as a numbered text list; a user we may not message (not following, outside the
 * 7-day window) ends the turn as UNDELIVERED without retries.
 */
final class ZaloReplySender {
  private static final Logger log = LoggerFactory.getLogger(ZaloReplySender.class);

  private final ZaloClient client;
  private final ZaloRenderer renderer;
  private final DeliveryRecorder recorder;

  ZaloReplySender(ZaloClient client, ZaloRenderer renderer, DeliveryRecorder recorder) {
    this.client = client;
    this.renderer = renderer;
    this.recorder = recorder;
  }

  Delivery deliver(ConversationKey key, String inboundId, List<Reply> replies) {
    Delivery d = attempt(key, replies);
    recorder.record(ZaloApi.CHANNEL, key, inboundId, d.outcome(), d.detail());
    return d;
  }

  private Delivery attempt(ConversationKey key, List<Reply> replies) {
    boolean retried = false;
    try {
      for (Reply reply : replies) {
        for (ObjectNode body : renderer.render(key.userId(), reply)) {
          retried |= sendOne(key.userId(), body, reply);
        }
      }
      return new Delivery(retried ? Outcome.RETRIED : Outcome.SENT, "");
    } catch (ChannelApiException e) {
      String reason = e.platformCode() + " " + e.description();
      if (ZaloErrors.isRecipientUnreachable(e)) {
        log.info("Zalo cannot message {}: {}", key, reason);
        return new Delivery(Outcome.UNDELIVERED, reason);
      }
      log.warn("Zalo send to {} failed: HTTP {}, code {}: {}", key, e.httpStatus(), e.platformCode(), e.description());
      return new Delivery(Outcome.FAILED, "HTTP " + e.httpStatus() + ", " + reason);
    }
  }

  /** Returns true when the body needed more than one plain attempt (retry, refresh or fallback). */
  private boolean sendOne(String userId, ObjectNode body, Reply reply) {
    try {
      return client.send(body).retried();
    } catch (ChannelApiException e) {
      if (!ZaloRenderer.hasTemplate(body) || !ZaloErrors.mayBeTemplateRejection(e)) {
        throw e;
      }
      log.info("Zalo refused the button template ({} {}); sending a numbered list", e.platformCode(), e.description());
      for (ObjectNode text : renderer.fallback(userId, body, reply)) {
        client.send(text);
      }
      return true;
    }
  }
}
