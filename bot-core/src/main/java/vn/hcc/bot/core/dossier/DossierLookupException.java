package vn.hcc.bot.core.dossier;

/** The dossier system did not answer in time or answered with an error. */
public class DossierLookupException extends RuntimeException {
  private final boolean timeout;

  public DossierLookupException(String message, boolean timeout, Throwable cause) {
    super(message, cause);
    this.timeout = timeout;
  }

  public boolean isTimeout() {
    return timeout;
  }
}
