package vn.hcc.bot.core;

import java.util.Objects;

/** An official web link shown with a reply. */
public record Link(String title, String url) {
  public Link {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
  }
}
