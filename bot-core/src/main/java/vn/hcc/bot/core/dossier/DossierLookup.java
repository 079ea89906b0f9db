package vn.hcc.bot.core.dossier;

import java.util.Optional;

/**
 * Looks a dossier up in the province's dossier system (the application calls its HTTP API with a
 * short timeout). Empty means "no such dossier"; a timeout or failure throws
 * {@link DossierLookupException} (any other runtime exception is treated the same way).
 */
@FunctionalInterface
public interface DossierLookup {
  Optional<DossierStatus> find(String code);
}
