package vn.hcc.bot.core.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hcc.bot.core.Reply;
import vn.hcc.bot.core.dossier.DossierStatus;
import vn.hcc.bot.core.log.OutcomeType;

/** A message with a dossier code: ask the dossier system, or explain where to look it up. */
final class DossierRule {
  private static final Logger log = LoggerFactory.getLogger(DossierRule.class);
  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Services services;

  DossierRule(Services services) {
    this.services = services;
  }

  void handle(Turn t, String code) {
    t.outcome(OutcomeType.DOSSIER);
    if (services.dossiers() == null) {
      t.reply(Reply.text(services.msg("dossier.howto", "code", code)));
      return;
    }
    Optional<DossierStatus> status;
    try {
      status = services.dossiers().find(code);
    } catch (RuntimeException e) {
      log.warn("Dossier lookup failed: {}", e.toString());
      t.entryId = "error";
      t.reply(Reply.text(services.msg("dossier.error", "code", code)));
      return;
    }
    if (status.isEmpty()) {
      t.entryId = "not-found";
      t.reply(Reply.text(services.msg("dossier.not.found", "code", code)));
      return;
    }
    DossierStatus s = status.get();
    t.entryId = "found";
    t.reply(Reply.text(services.msg("dossier.found", "code", code, "status", s.statusText(),
        "received", date(s.receivedOn()), "appointment", date(s.appointmentOn()))));
  }

  private String date(LocalDate date) {
    return date == null ? services.msg("dossier.unknown.date") : VN_DATE.format(date);
  }
}
