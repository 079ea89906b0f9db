package vn.hcc.bot.core.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.hcc.bot.core.Audience;
import vn.hcc.bot.core.Button;
import vn.hcc.bot.core.FaqAnswer;
import vn.hcc.bot.core.Reply;

/** Lays out an answer: text, legal basis with review date, links, related entries, rating. */
final class AnswerFormatter {
  static final int MAX_RELATED = 3;
  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Services services;

  AnswerFormatter(Services services) {
    this.services = services;
  }

  Reply answer(FaqAnswer entry, Audience audience, boolean staff, Double confidence) {
    StringBuilder text = new StringBuilder(entry.answer().strip());
    String basis = basisLine(entry);
    if (basis != null) {
      text.append("\n\n").append(basis);
    }
    if (staff) {
      text.append("\n[").append(entry.id()).append(" · ")
          .append(confidence == null ? "—" : String.format(Locale.ROOT, "%.2f", confidence))
          .append(']');
    }
    List<Button> buttons = relatedButtons(entry, audience);
    Buttons.add(buttons, services.msg("button.rate.up"), "rate:up:" + entry.id());
    Buttons.add(buttons, services.msg("button.rate.down"), "rate:down:" + entry.id());
    return new Reply(text.toString(), buttons, entry.links());
  }

  private String basisLine(FaqAnswer entry) {
    if (entry.legalBasis() == null || entry.legalBasis().isBlank()) {
      return null;
    }
    String date = formatDate(entry.reviewedOn());
    return date == null
        ? services.msg("answer.basis.nodate", "basis", entry.legalBasis().strip())
        : services.msg("answer.basis", "basis", entry.legalBasis().strip(), "date", date);
  }

  static String formatDate(String isoDate) {
    if (isoDate == null || isoDate.isBlank()) {
      return null;
    }
    try {
      return VN_DATE.format(LocalDate.parse(isoDate.strip()));
    } catch (DateTimeParseException e) {
      return isoDate.strip();
    }
  }

  private List<Button> relatedButtons(FaqAnswer entry, Audience audience) {
    List<Button> buttons = new ArrayList<>();
    for (String id : entry.related()) {
      if (buttons.size() == MAX_RELATED) {
        break;
      }
      services.lookup().get(id, audience)
          .ifPresent(related -> Buttons.add(buttons, related.question(), "faq:" + related.id()));
    }
    return buttons;
  }
}
