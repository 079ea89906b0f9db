package vn.hcc.bot.core;

import java.util.Objects;

/**
 * A choice offered with a reply. The payload is short plain ASCII text the engine understands
 * (Telegram limits callback data to 64 bytes), so a channel may also show buttons as a numbered list.
 */
public record Button(String label, String payload) {
  public Button {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(payload, "payload");
  }
}
