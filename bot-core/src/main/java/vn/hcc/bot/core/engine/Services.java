package vn.hcc.bot.core.engine;

import java.time.Clock;
import java.util.List;
import vn.hcc.bot.core.ConversationStore;
import vn.hcc.bot.core.FaqLookup;
import vn.hcc.bot.core.dossier.DossierLookup;
import vn.hcc.bot.core.handoff.HandoffSink;
import vn.hcc.bot.core.handoff.StaffNotifier;
import vn.hcc.bot.core.privacy.PersonalDataEraser;
import vn.hcc.bot.core.privacy.PersonalDataMasker;
import vn.hcc.bot.core.store.Deduplicator;
import vn.hcc.bot.core.ticket.TicketStore;

/** What the rules need, gathered once by the builder. {@code dossiers} may be null (not set up). */
record Services(
    FaqLookup lookup,
    Messages messages,
    EngineSettings settings,
    ConversationStore store,
    Deduplicator deduplicator,
    HandoffSink handoffs,
    StaffNotifier notifier,
    TicketStore tickets,
    DossierLookup dossiers,
    List<PersonalDataEraser> erasers,
    PersonalDataMasker masker,
    Clock clock) {

  String msg(String key, String... namesAndValues) {
    return messages.get(key, namesAndValues);
  }
}
