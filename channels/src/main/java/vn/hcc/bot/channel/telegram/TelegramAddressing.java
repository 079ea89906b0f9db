package vn.hcc.bot.channel.telegram;

import java.util.Locale;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides which messages are for the bot and cleans them: everything in a private chat; in groups only
 * commands and messages that mention {@code @botusername}. "/start@HccBot args" becomes "/start args"
 * and the mention is removed, so the engine sees the same text in every chat.
 */
final class TelegramAddressing {
  private volatile String username;

  TelegramAddressing(String username) {
    this.username = username == null ? "" : username;
  }

  void useUsername(String username) {
    this.username = username == null ? "" : username.replaceFirst("^@", "");
  }

  /** The text to hand to the engine, or null when the message is not for the bot. */
  String textFor(Message message, boolean privateChat) {
    String text = message.getText().strip();
    String mention = "@" + username;
    boolean mentioned = !username.isEmpty()
        && text.toLowerCase(Locale.ROOT).contains(mention.toLowerCase(Locale.ROOT));
    if (text.startsWith("/")) {
      return command(text);
    }
    if (privateChat) {
      return text;
    }
    return mentioned ? text.replaceAll("(?i)" + java.util.regex.Pattern.quote(mention), "").strip() : null;
  }

  /** Drops "@botname" from the command word; a command addressed to another bot is ignored. */
  private String command(String text) {
    int end = text.indexOf(' ');
    String word = end < 0 ? text : text.substring(0, end);
    String rest = end < 0 ? "" : text.substring(end);
    int at = word.indexOf('@');
    if (at > 0) {
      String target = word.substring(at + 1);
      if (!username.isEmpty() && !target.equalsIgnoreCase(username)) {
        return null;
      }
      word = word.substring(0, at);
    }
    return (word.toLowerCase(Locale.ROOT) + rest).strip();
  }
}
