package vn.hcc.bot.core.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.hcc.bot.core.Button;

/** Builds buttons and keeps their payloads within the 64 bytes every channel accepts. */
final class Buttons {
  static final int MAX_PAYLOAD_BYTES = 64;
  static final int MAX_LABEL_CHARS = 60;

  private Buttons() {}

  /** Adds the button unless its payload is too long to be sent back by a channel. */
  static void add(List<Button> buttons, String label, String payload) {
    if (payload.getBytes(StandardCharsets.UTF_8).length <= MAX_PAYLOAD_BYTES) {
      buttons.add(new Button(shorten(label), payload));
    }
  }

  static String shorten(String label) {
    String plain = label == null ? "" : label.strip();
    if (plain.length() <= MAX_LABEL_CHARS) {
      return plain;
    }
    return plain.substring(0, MAX_LABEL_CHARS - 1).strip() + "…";
  }
}
