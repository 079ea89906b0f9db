package vn.hcc.bot.channel.telegram;

import java.io.IOException;
import java.util.Locale;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Watches the library's getUpdates calls, which otherwise only back off silently: a 409 means a second
 * poller or a webhook on the same token (§3), which only an operator can fix, so it is logged with the
 * fix and reported as DOWN; a success clears it.
 */
final class PollingWatch implements Interceptor {
  private final TelegramStatus status;

  PollingWatch(TelegramStatus status) {
    this.status = status;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    boolean polling = chain.request().url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates");
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (IOException e) {
      if (polling) {
        status.down("cannot reach the Telegram Bot API (" + e.getClass().getSimpleName() + "); retrying with backoff");
      }
      throw e;
    }
    if (polling && response.code() == 409) {
      status.down(TelegramStatus.CONFLICT);
    } else if (polling && response.isSuccessful()) {
      status.up("polling");
    }
    return response;
  }
}
