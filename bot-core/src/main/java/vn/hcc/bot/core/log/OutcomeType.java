package vn.hcc.bot.core.log;

/** What the bot did with a turn, as counted by the admin reports. */
public enum OutcomeType {
  ANSWER,
  CLARIFY,
  DECLINE,
  COMMAND,
  HANDOFF,
  FEEDBACK,
  DOSSIER,
  RATING,
  ERROR
}
