package vn.hcc.bot.app.channel;

import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hcc.bot.app.BotProperties;
import vn.hcc.bot.app.admin.tickets.ChannelSender;
import vn.hcc.bot.app.admin.tickets.DeliveryResult;
import vn.hcc.bot.channel.Delivery;
import vn.hcc.bot.channel.DeliveryRecorder;
import vn.hcc.bot.channel.telegram.TelegramChannel;
import vn.hcc.bot.channel.zalo.ZaloAdapter;
import vn.hcc.bot.core.Reply;
import vn.hcc.bot.core.handoff.HandoffRecord;
import vn.hcc.bot.core.handoff.StaffNotifier;
import vn.hcc.bot.core.ticket.Ticket;

/**
 * Messages the bot starts itself: officers' answers to tickets (sent to the citizen's channel) and
 * notices to the staff Telegram chat when a citizen asks for a person or leaves feedback.
 */
@Configuration(proxyBeanMethods = false)
public class ChannelSenders {
  private static final Logger log = LoggerFactory.getLogger(ChannelSenders.class);

  @Bean
  @ConditionalOnProperty(prefix = "bot.zalo", name = "app-id")
  ChannelSender zaloSender(ZaloAdapter zalo) {
    return sender("zalo", (user, text) -> zalo.push(user, Reply.text(text)));
  }

  @Bean
  @ConditionalOnProperty(prefix = "bot.telegram", name = "token")
  ChannelSender telegramSender(TelegramChannel telegram) {
    return sender("telegram", (user, text) -> telegram.push(user, Reply.text(text)));
  }

  /** Posts to bot.telegram.staff-chat-id, off the turn's thread; a failure is logged, never raised. */
  @Bean
  @ConditionalOnProperty(prefix = "bot.telegram", name = {"token", "staff-chat-id"})
  StaffNotifier staffNotifier(ObjectProvider<TelegramChannel> telegram, BotProperties props,
      java.util.concurrent.ExecutorService turnExecutor) {
    String chat = props.getTelegram().getStaffChatId();
    Executor async = turnExecutor;
    return new StaffNotifier() {
      @Override
      public void handoffRequested(HandoffRecord h) {
        post("Người dân cần gặp cán bộ.\nKênh: " + h.key().channel() + ", mã người dùng: " + h.key().userId()
            + "\nChủ đề: " + (h.topicId() == null ? "(chưa rõ)" : h.topicId())
            + "\nCâu hỏi gần nhất: " + (h.lastQuestion() == null ? "(không có)" : h.lastQuestion()));
      }

      @Override
      public void ticketCreated(Ticket t) {
        post("Phản ánh, kiến nghị mới: " + t.number() + " (kênh " + t.channel()
            + "). Xem và trả lời trong trang quản trị.");
      }

      private void post(String text) {
        async.execute(() -> {
          Delivery d = telegram.getObject().push(chat, Reply.text(text));
          if (!d.reached()) {
            log.warn("Staff chat notice not delivered: {} {}", d.outcome(), d.detail());
          }
        });
      }
    };
  }

  private static ChannelSender sender(String channel, java.util.function.BiFunction<String, String, Delivery> push) {
    return new ChannelSender() {
      @Override
      public String channel() {
        return channel;
      }

      @Override
      public DeliveryResult send(String userId, String text) {
        Delivery d = push.apply(userId, text);
        if (d.reached()) {
          return DeliveryResult.delivered();
        }
        return new DeliveryResult(d.outcome() == DeliveryRecorder.Outcome.UNDELIVERED
            ? DeliveryResult.Status.UNDELIVERED : DeliveryResult.Status.FAILED,
            d.outcome() == DeliveryRecorder.Outcome.UNDELIVERED
                ? "Không gửi được tới người dân (" + d.detail() + "); hãy liên hệ qua thông tin họ để lại"
                : "Gửi thất bại: " + d.detail());
      }
    };
  }
}
