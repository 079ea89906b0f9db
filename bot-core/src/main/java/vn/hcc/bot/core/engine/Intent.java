package vn.hcc.bot.core.engine;

/** What a short message means when it is not a question. */
enum Intent {
  GREETING,
  THANKS,
  GOODBYE,
  WHO,
  HELP,
  HANDOFF,
  FEEDBACK,
  ERASE,
  NONE
}
