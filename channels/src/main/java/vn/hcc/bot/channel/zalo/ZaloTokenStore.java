package vn.hcc.bot.channel.zalo;

import java.util.Optional;

/**
 * Where the latest token pair lives. The refresh token is single use (§1.9), so a new pair must be
 * saved durably before it is used, or a crash would leave the OA needing manual re-authorisation.
 */
public interface ZaloTokenStore {

  /** The stored pair, read fresh (another replica may have refreshed it). */
  Optional<ZaloTokenPair> load();

  /** Saves the pair atomically; throws when it could not be saved. */
  void save(ZaloTokenPair pair);
}
