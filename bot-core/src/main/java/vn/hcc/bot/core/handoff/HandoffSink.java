package vn.hcc.bot.core.handoff;

/** Where handoff requests are kept for staff to pick up. */
public interface HandoffSink {
  void record(HandoffRecord handoff);
}
