package vn.hcc.bot.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.hcc.bot.channel.ChannelTexts;
import vn.hcc.bot.channel.TextSplitter;
import vn.hcc.bot.core.Button;
import vn.hcc.bot.core.Link;
import vn.hcc.bot.core.Reply;

/**
 * Turns a {@link Reply} into sendMessage calls (pure, no I/O): HTML parse mode with the text escaped,
 * split under 4,096 characters, buttons as an inline keyboard (one per row, labels are long in
 * Vietnamese) and links as URL buttons, all on the last part.
 */
final class TelegramRenderer {
  private static final Logger log = LoggerFactory.getLogger(TelegramRenderer.class);
  /** sendMessage text: 1–4096 characters after entity parsing (Bot API, §2.1). */
  static final int TEXT_LIMIT = 4096;
  /** callback_data: 1–64 bytes, UTF-8 bytes not characters (Bot API InlineKeyboardButton, §2.1). */
  static final int CALLBACK_DATA_LIMIT = 64;
  /** Telegram's own spelling; the library constant is lower case "html" (§2.3 point 3). */
  private static final String HTML = "HTML";

  List<SendMessage> render(String chatId, Reply reply) {
    InlineKeyboardMarkup keyboard = keyboard(reply);
    String text = reply.text().isBlank() && keyboard != null ? ChannelTexts.get("choices.hint") : reply.text();
    if (text.isBlank()) {
      return List.of(); // Telegram refuses empty messages
    }
    // Split before escaping: the limit counts characters after entity parsing, so "&lt;" is one.
    List<String> parts = TextSplitter.split(text, TEXT_LIMIT);
    List<SendMessage> messages = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      boolean last = i == parts.size() - 1;
      messages.add(SendMessage.builder().chatId(chatId).text(escapeHtml(parts.get(i))).parseMode(HTML)
          .replyMarkup(last ? keyboard : null).build());
    }
    return messages;
  }

  /** HTML parse mode needs only &lt;, &gt; and &amp; escaped (Bot API "HTML style"). */
  static String escapeHtml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static InlineKeyboardMarkup keyboard(Reply reply) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (Button b : reply.buttons()) {
      if (fitsCallbackData(b.payload())) {
        rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder().text(b.label()).callbackData(b.payload()).build()));
      } else {
        log.warn("button '{}' skipped: its payload is {} bytes, Telegram allows {}", b.label(),
            b.payload().getBytes(StandardCharsets.UTF_8).length, CALLBACK_DATA_LIMIT);
      }
    }
    for (Link l : reply.links()) {
      rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder().text(l.title()).url(l.url()).build()));
    }
    return rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  static boolean fitsCallbackData(String payload) {
    int bytes = payload.getBytes(StandardCharsets.UTF_8).length;
    return bytes >= 1 && bytes <= CALLBACK_DATA_LIMIT;
  }
}
