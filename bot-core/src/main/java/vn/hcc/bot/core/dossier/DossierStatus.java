package vn.hcc.bot.core.dossier;

import java.time.LocalDate;
import java.util.Objects;

/** What the dossier system says about one dossier; dates may be unknown (null). */
public record DossierStatus(
    String code, String statusText, LocalDate receivedOn, LocalDate appointmentOn) {
  public DossierStatus {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(statusText, "statusText");
  }
}
