package vn.hcc.bot.channel.zalo;

import java.util.Optional;

final class InMemoryTokenStore implements ZaloTokenStore {
  private volatile ZaloTokenPair pair;
  volatile int saves;

  @Override
  public Optional<ZaloTokenPair> load() {
    return Optional.ofNullable(pair);
  }

  @Override
  public void save(ZaloTokenPair pair) {
    this.pair = pair;
    saves++;
  }
}
