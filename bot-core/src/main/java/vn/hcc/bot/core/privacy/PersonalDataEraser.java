package vn.hcc.bot.core.privacy;

import vn.hcc.bot.core.ConversationKey;

/**
 * Deletes what a store keeps about one user when they ask for it (Law 91/2025/QH15 on personal
 * data protection). Stores that keep only the hash use {@code userHash}; others use the key.
 */
public interface PersonalDataEraser {
  void erase(ConversationKey key, String userHash);
}
