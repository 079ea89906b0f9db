package vn.hcc.bot.core.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hcc.bot.core.Reply;
import vn.hcc.bot.core.handoff.HandoffRecord;
import vn.hcc.bot.core.log.OutcomeType;

/** "Gặp cán bộ": records the request, tells staff, and gives the hotline straight away. */
final class HandoffRule {
  private static final Logger log = LoggerFactory.getLogger(HandoffRule.class);

  private final Services services;

  HandoffRule(Services services) {
    this.services = services;
  }

  void handoff(Turn t) {
    t.outcome(OutcomeType.HANDOFF, t.conversation.topicId(), null, null);
    HandoffRecord record = new HandoffRecord(services.clock().instant(), t.key(), t.userHash,
        t.conversation.topicId(), t.conversation.lastQuestion());
    services.handoffs().record(record);
    try {
      services.notifier().handoffRequested(record);
    } catch (RuntimeException e) {
      // The citizen still gets the hotline; staff see the request where the HandoffSink keeps it.
      log.warn("Staff notification failed for a handoff on {}: {}", t.key().channel(), e.toString());
    }
    t.reply(Reply.text(services.msg("handoff")));
  }
}
