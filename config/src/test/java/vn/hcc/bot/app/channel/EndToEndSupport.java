package vn.hcc.bot.app.channel;

import static org.assertj.core.api.Assertions.fail;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import redis.clients.jedis.UnifiedJedis;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.hcc.bot.core.log.QuestionLog;
import vn.hcc.bot.core.log.QuestionLogEntry;
import vn.hcc.bot.core.store.RedisConnections;

/**
 * Helpers shared by the channel end-to-end tests: recorded payloads (copied from the channels
 * module's fixtures), bounded waits on WireMock's journal and the question log, and HTTP calls to
 * the running app. Nothing here sleeps blindly: every wait polls a condition up to {@link #TIMEOUT}.
 */
final class EndToEndSupport {
  /** The real Redis beside the build; db 9 belongs to these tests and is flushed before each context. */
  static final String REDIS_URL = "redis://127.0.0.1:6379/9";
  static final Duration TIMEOUT = Duration.ofSeconds(10);
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private EndToEndSupport() {}

  /** Empties this test suite's own Redis database, so first contact and token state start clean. */
  static void flushRedis(String url) {
    try (UnifiedJedis redis = RedisConnections.open(url)) {
      redis.flushDB();
    }
  }

  static ObjectNode fixture(String name) {
    try (InputStream in = EndToEndSupport.class.getResourceAsStream("/channels/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture /channels/" + name);
      }
      return (ObjectNode) JSON.readTree(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Requests WireMock received that match {@code filter}, oldest first. */
  static List<LoggedRequest> requests(WireMockServer wm, Predicate<LoggedRequest> filter) {
    return serveEvents(wm, filter).stream().map(ServeEvent::getRequest).toList();
  }

  /** Requests and the answers WireMock gave, oldest first. */
  static List<ServeEvent> serveEvents(WireMockServer wm, Predicate<LoggedRequest> filter) {
    List<ServeEvent> out = new ArrayList<>();
    for (ServeEvent e : wm.getAllServeEvents()) {
      if (filter.test(e.getRequest())) {
        out.add(e);
      }
    }
    Collections.reverse(out); // the journal lists the newest first
    return out;
  }

  /** Waits until at least {@code count} matching requests arrived; returns all of them, oldest first. */
  static List<LoggedRequest> awaitRequests(WireMockServer wm, String what, int count,
      Predicate<LoggedRequest> filter) {
    return await(what, () -> {
      List<LoggedRequest> found = requests(wm, filter);
      return found.size() >= count ? Optional.of(found) : Optional.empty();
    });
  }

  /** Polls {@code probe} every 20 ms until it yields a value, failing after {@link #TIMEOUT}. */
  static <T> T await(String what, Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      if (System.nanoTime() > deadline) {
        return fail("timed out after %s waiting for %s", TIMEOUT, what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return fail("interrupted while waiting for " + what);
      }
    }
  }

  /** The logged turn for {@code messageId} on {@code channel} (today and yesterday, in the bot's zone). */
  static Optional<QuestionLogEntry> logged(QuestionLog log, String channel, String messageId) {
    List<QuestionLogEntry> found = new ArrayList<>();
    LocalDate today = LocalDate.now(ZONE);
    log.read(today.minusDays(1), today, e -> {
      if (channel.equals(e.channel()) && messageId.equals(e.messageId())) {
        found.add(e);
      }
    });
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
  }

  /** Waits for the turn's delivery outcome to be recorded (it lands after the last send). */
  static QuestionLogEntry awaitDelivered(QuestionLog log, String channel, String messageId) {
    return await("a delivery outcome for " + channel + " message " + messageId, () ->
        logged(log, channel, messageId).filter(e -> e.delivery() != vn.hcc.bot.core.log.DeliveryStatus.PENDING));
  }

  static JsonNode body(LoggedRequest request) {
    return JSON.readTree(request.getBodyAsString());
  }

  static HttpResponse<String> get(int port, String path) {
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build());
  }

  static HttpResponse<String> post(int port, String path, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    return send(b.build());
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The citizen answer of a knowledge-base entry, as the public FAQ API shows it. */
  static String faqAnswer(int port, String id) {
    HttpResponse<String> res = get(port, "/api/v1/faqs/" + id);
    if (res.statusCode() != 200) {
      throw new IllegalStateException("GET /api/v1/faqs/" + id + " gave " + res.statusCode() + ": " + res.body());
    }
    return JSON.readTree(res.body()).path("answer").asString().strip();
  }
}
