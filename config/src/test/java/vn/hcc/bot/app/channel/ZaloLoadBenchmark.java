package vn.hcc.bot.app.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.hcc.bot.app.BotApplication;
import vn.hcc.bot.channel.TurnDispatcher;
import vn.hcc.bot.channel.zalo.ZaloSignature;

/**
 * Load benchmark of the Zalo channel through the whole application (not a test; surefire does not
 * run it). Starts the app with Redis and WireMock as the OA API, sends signed {@code user_send_text}
 * events from many users with several client threads as fast as they are acknowledged, and reports
 * acknowledgement latency, end-to-end reply latency (event sent → its answer received by WireMock)
 * and whether every event got exactly one answer.
 *
 * <p>Run from the repository root (Redis on 127.0.0.1:6379; db 10 is flushed):
 * <pre>
 * mvn -B -q -o install -DskipTests
 * mvn -B -q -o -pl config test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp config/target/test-classes:config/target/classes:$(cat config/target/cp.txt) \
 *     vn.hcc.bot.app.channel.ZaloLoadBenchmark
 * </pre>
 * Options (system properties): {@code -Dbench.users=200 -Dbench.eventsPerUser=10 -Dbench.clients=8
 * -Dbench.rateLimitPerMinute=600000 -Dbench.redis=redis://127.0.0.1:6379/10}. The OA rate limit is
 * raised by default so that the figures measure the application, not the limiter; with Zalo's own
 * limit (bot.zalo.rate-limit-per-minute, default 3,000/min) replies queue behind it by design.
 *
 * <p>How replies are matched: a calibration round asks every question once from a fresh user and
 * records the exact message/cs bodies of its answer. In the measured round each user's bodies, in
 * the order WireMock received them, must be the privacy notice followed by the answers of that
 * user's events in order; an answer found twice in a row is a duplicate, one not found is lost.
 */
public final class ZaloLoadBenchmark {
  static final String APP_ID = "1234567890";
  static final String OA_SECRET = "bench-oa-secret";
  static final JsonMapper JSON = JsonMapper.builder().build();

  static final List<String> QUESTIONS = List.of(
      "quên mật khẩu dịch vụ công",
      "làm hộ chiếu cần giấy tờ gì",
      "lệ phí cấp hộ chiếu bao nhiêu tiền",
      "đăng ký khai sinh cho con cần những gì",
      "thủ tục đăng ký kết hôn như thế nào",
      "mất căn cước thì cấp lại ở đâu",
      "làm căn cước cho con dưới 14 tuổi được không",
      "tra cứu tình trạng hồ sơ ở đâu",
      "cách nộp hồ sơ trực tuyến trên cổng dịch vụ công",
      "đăng ký thường trú cần giấy tờ gì",
      "xin giấy xác nhận tình trạng hôn nhân",
      "làm phiếu lý lịch tư pháp ở đâu",
      "thủ tục đăng ký khai tử",
      "trung tâm hành chính công làm việc giờ nào",
      "đăng ký hộ kinh doanh cá thể",
      "chứng thực bản sao giấy tờ ở đâu",
      "thanh toán lệ phí trực tuyến bằng cách nào",
      "kích hoạt tài khoản định danh điện tử mức 2",
      "đổi giấy phép lái xe hết hạn",
      "đăng ký tạm trú online được không",
      "cấp sổ đỏ lần đầu cần hồ sơ gì",
      "hồ sơ bị trả lại thì phải làm sao",
      "thời gian làm hộ chiếu mất bao lâu",
      "xin bản sao trích lục khai sinh",
      "không nhận được mã OTP khi đăng nhập");

  record Received(long nanos, String user, String message) {}

  record Event(String user, int userIndex, int round, String question, String msgId, byte[] body, String signature) {}

  public static void main(String[] args) throws Exception {
    int users = Integer.getInteger("bench.users", 200);
    int perUser = Integer.getInteger("bench.eventsPerUser", 10);
    int clients = Integer.getInteger("bench.clients", 8);
    int rateLimit = Integer.getInteger("bench.rateLimitPerMinute", 600_000);
    int rate = Integer.getInteger("bench.rate", 0); // events/s for all clients together; 0 = as fast as acknowledged
    String redisUrl = System.getProperty("bench.redis", "redis://127.0.0.1:6379/10");

    EndToEndSupport.flushRedis(redisUrl);
    ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    // Bodies are stamped as they arrive (before matching), so a user's bodies sort in sending order.
    ServeEventListener stamp = new ServeEventListener() {
      @Override
      public void beforeMatch(ServeEvent event, Parameters parameters) {
        long now = System.nanoTime();
        if (event.getRequest().getUrl().equals("/v3.0/oa/message/cs")) {
          JsonNode body = JSON.readTree(event.getRequest().getBodyAsString());
          received.add(new Received(now, body.path("recipient").path("user_id").asString(), body.path("message").toString()));
        }
      }

      @Override
      public String getName() {
        return "bench-stamp";
      }
    };
    WireMockServer zalo = new WireMockServer(
        options().dynamicPort().containerThreads(64).disableRequestJournal().extensions(stamp));
    zalo.start();
    zalo.stubFor(post(urlEqualTo("/v3.0/oa/message/cs"))
        .willReturn(okJson("{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"m\"}}")));

    Map<String, Object> props = new LinkedHashMap<>();
    props.put("server.port", 0);
    props.put("bot.data-dir", Files.createTempDirectory("hcc-bench").toString());
    props.put("bot.redis.url", redisUrl);
    props.put("bot.zalo.app-id", APP_ID);
    props.put("bot.zalo.app-secret", "bench-app-secret");
    props.put("bot.zalo.oa-secret-key", OA_SECRET);
    props.put("bot.zalo.access-token", "bench-access");
    props.put("bot.zalo.refresh-token", "bench-refresh");
    props.put("bot.zalo.api-base-url", zalo.baseUrl());
    props.put("bot.zalo.oauth-base-url", zalo.baseUrl());
    props.put("bot.zalo.rate-limit-per-minute", rateLimit);
    ConfigurableApplicationContext app = new SpringApplicationBuilder(BotApplication.class).properties(props).run();
    int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    TurnDispatcher dispatcher = app.getBean(TurnDispatcher.class);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI webhook = URI.create("http://127.0.0.1:" + port + "/webhooks/zalo");
    long base = 100_000_000_000_000_000L + System.nanoTime() % 1_000_000_000_000L;

    if (Boolean.getBoolean("bench.ackOnly")) {
      ackOnly(http, webhook, users * perUser, clients, rate, base);
      app.close();
      zalo.stop();
      System.exit(0);
    }

    // Calibration (also JIT warm-up): each question from 4 fresh users; the answer's bodies per question.
    List<Event> warm = new ArrayList<>();
    for (int copy = 0; copy < 4; copy++) {
      for (int q = 0; q < QUESTIONS.size(); q++) {
        String user = String.valueOf(base + 900_000 + copy * 1000L + q);
        warm.add(event(user, q, 0, QUESTIONS.get(q), "w" + copy + "-" + q));
      }
    }
    run(http, webhook, warm, clients, 0);
    awaitIdle(dispatcher, received, 60_000);
    Map<String, List<Received>> warmByUser = byUser(received);
    Map<String, List<String>> expected = new HashMap<>();
    String notice = null;
    List<String> usable = new ArrayList<>();
    for (int q = 0; q < QUESTIONS.size(); q++) {
      List<String> answer = null;
      boolean consistent = true;
      for (int copy = 0; copy < 4; copy++) {
        List<String> got = warmByUser.getOrDefault(String.valueOf(base + 900_000 + copy * 1000L + q), List.of())
            .stream().map(Received::message).toList();
        if (got.isEmpty()) {
          consistent = false;
          continue;
        }
        notice = notice == null ? got.get(0) : notice;
        List<String> rest = got.subList(1, got.size());
        consistent &= got.get(0).equals(notice) && (answer == null || answer.equals(rest));
        answer = answer == null ? rest : answer;
      }
      if (consistent && answer != null && !answer.isEmpty() && !expected.containsValue(answer)) {
        expected.put(QUESTIONS.get(q), answer);
        usable.add(QUESTIONS.get(q));
      } else {
        System.out.printf("  (question left out: not answered the same way each time or same answer as another: %s)%n", QUESTIONS.get(q));
      }
    }
    received.clear();
    if (usable.size() < 3) {
      throw new IllegalStateException("calibration found fewer than 3 distinct answers");
    }

    // The measured round: users × perUser events, user i's round r asks usable[(7i + r) % n].
    List<Event> events = new ArrayList<>();
    for (int r = 0; r < perUser; r++) {
      for (int i = 0; i < users; i++) {
        String q = usable.get((7 * i + r) % usable.size());
        events.add(event(String.valueOf(base + i), i, r, q, "b" + i + "-" + r + "-" + System.nanoTime() % 100000));
      }
    }
    Map<Long, Long> cpuBefore = threadCpu();
    long[][] timing = run(http, webhook, events, clients, rate); // [sentAt, ackedAt, status] per event
    long sendStart = Arrays.stream(timing).mapToLong(t -> t[0]).min().orElseThrow();
    long ackEnd = Arrays.stream(timing).mapToLong(t -> t[1]).max().orElseThrow();
    awaitIdle(dispatcher, received, 120_000);
    long drained = System.nanoTime();
    Map<String, Long> cpu = cpuByGroup(cpuBefore, threadCpu());

    // Matching: per user, the notice then the expected bodies of each event in order.
    Map<String, List<Received>> got = byUser(received);
    int[] replies = new int[3]; // events with 0, 1, >1 answers
    int notices = 0;
    int stray = 0;
    long[] endToEnd = new long[events.size()];
    int e2eCount = 0;
    Map<String, List<Integer>> eventsOfUser = new LinkedHashMap<>();
    for (int k = 0; k < events.size(); k++) {
      eventsOfUser.computeIfAbsent(events.get(k).user(), u -> new ArrayList<>()).add(k);
    }
    for (Map.Entry<String, List<Integer>> u : eventsOfUser.entrySet()) {
      List<Received> bodies = got.getOrDefault(u.getKey(), List.of());
      int pos = 0;
      if (!bodies.isEmpty() && bodies.get(0).message().equals(notice)) {
        notices++;
        pos = 1;
      }
      for (int k : u.getValue()) {
        List<String> exp = expected.get(events.get(k).question());
        int n = 0;
        while (matches(bodies, pos, exp)) {
          if (n == 0) {
            endToEnd[e2eCount++] = bodies.get(pos + exp.size() - 1).nanos() - timing[k][0];
          }
          pos += exp.size();
          n++;
        }
        replies[Math.min(n, 2)]++;
      }
      stray += bodies.size() - pos;
    }
    long[] acks = Arrays.stream(timing).mapToLong(t -> t[1] - t[0]).toArray();
    long non200 = Arrays.stream(timing).filter(t -> t[2] != 200).count();

    System.out.println();
    System.out.println("Zalo load benchmark (full app, Redis " + redisUrl + ", WireMock as the OA API)");
    System.out.printf(Locale.ROOT, "  machine: %d cores; client threads %d; OA rate limit %,d/min; %d distinct questions%n",
        Runtime.getRuntime().availableProcessors(), clients, rateLimit, usable.size());
    System.out.printf(Locale.ROOT, "  events: %,d from %d users (%d each), offered %s; non-200 acks: %d%n",
        events.size(), users, perUser, rate > 0 ? rate + " events/s" : "as fast as acknowledged", non200);
    System.out.printf(Locale.ROOT, "  acknowledged: %,.0f events/s (%.2f s for all)%n",
        events.size() / seconds(ackEnd - sendStart), seconds(ackEnd - sendStart));
    System.out.printf(Locale.ROOT, "  ack latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        ms(pct(acks, 50)), ms(pct(acks, 99)), ms(pct(acks, 100)));
    long[] e2e = Arrays.copyOf(endToEnd, e2eCount);
    System.out.printf(Locale.ROOT, "  end-to-end reply (event sent -> its answer at WireMock): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        ms(pct(e2e, 50)), ms(pct(e2e, 99)), ms(pct(e2e, 100)));
    System.out.printf(Locale.ROOT, "  all replies sent %.2f s after the first event%n", seconds(drained - sendStart));
    System.out.printf(Locale.ROOT, "  answers per event: 0 -> %d, exactly 1 -> %d, more than 1 -> %d%n", replies[0], replies[1], replies[2]);
    System.out.printf(Locale.ROOT, "  privacy notices: %d (expected one per user: %d); unmatched message/cs bodies: %d%n",
        notices, users, stray);
    System.out.printf(Locale.ROOT, "  message/cs calls in the measured round: %,d%n", got.values().stream().mapToInt(List::size).sum());
    System.out.printf(Locale.ROOT, "  CPU per event by thread group (ms): %s; system load average %.1f%n",
        cpu.entrySet().stream().map(c -> String.format(Locale.ROOT, "%s %.2f", c.getKey(), c.getValue() / 1e6 / events.size()))
            .collect(java.util.stream.Collectors.joining(", ")),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    app.close();
    zalo.stop();
    System.exit(replies[0] == 0 && replies[2] == 0 && stray == 0 && non200 == 0 ? 0 : 1);
  }

  /**
   * The acknowledgement path alone: signed events the adapter verifies and then ignores
   * (user_seen_message, a read receipt), so no Redis call and no turn; HTTP, Spring, parsing and the
   * signature check are what is measured.
   */
  static void ackOnly(HttpClient http, URI webhook, int count, int clients, int rate, long base) throws Exception {
    List<Event> events = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      events.clear();
      for (int k = 0; k < count; k++) {
        ObjectNode e = EndToEndSupport.fixture("user_send_text.json");
        e.put("app_id", APP_ID).put("event_name", "user_seen_message").put("timestamp", String.valueOf(System.currentTimeMillis()));
        ((ObjectNode) e.get("sender")).put("id", String.valueOf(base + k));
        byte[] body = JSON.writeValueAsBytes(e);
        events.add(new Event(String.valueOf(base + k), k, 0, "", "", body,
            ZaloSignature.compute(body, APP_ID, e.path("timestamp").asString(), OA_SECRET)));
      }
      Map<Long, Long> before = threadCpu();
      long[][] timing = run(http, webhook, events, clients, rate);
      Map<String, Long> cpu = cpuByGroup(before, threadCpu());
      long start = Arrays.stream(timing).mapToLong(t -> t[0]).min().orElseThrow();
      long end = Arrays.stream(timing).mapToLong(t -> t[1]).max().orElseThrow();
      long[] acks = Arrays.stream(timing).mapToLong(t -> t[1] - t[0]).toArray();
      System.out.printf(Locale.ROOT, "%s ack-only round: %,d events, %,.0f events/s, ack p50 %.1f ms, p99 %.1f ms;"
              + " webhook CPU %.2f ms/event; non-200: %d%n", round == 0 ? "warm-up" : "measured", count,
          count / seconds(end - start), ms(pct(acks, 50)), ms(pct(acks, 99)), cpu.get("webhook") / 1e6 / count,
          Arrays.stream(timing).filter(t -> t[2] != 200).count());
    }
  }

  static Event event(String user, int userIndex, int round, String question, String msgId) {
    ObjectNode e = EndToEndSupport.fixture("user_send_text.json");
    e.put("app_id", APP_ID);
    e.put("timestamp", String.valueOf(System.currentTimeMillis()));
    ((ObjectNode) e.get("sender")).put("id", user);
    ((ObjectNode) e.get("message")).put("text", question).put("msg_id", msgId);
    byte[] body = JSON.writeValueAsBytes(e);
    return new Event(user, userIndex, round, question, msgId, body,
        ZaloSignature.compute(body, APP_ID, e.path("timestamp").asString(), OA_SECRET));
  }

  /**
   * Sends all events with {@code clients} threads; thread t sends the events of users with
   * index % clients == t in list order, so each user's events go out in order. Returns per event
   * {sentAt, ackedAt, status}.
   */
  static long[][] run(HttpClient http, URI webhook, List<Event> events, int clients, int rate)
      throws InterruptedException {
    long[][] timing = new long[events.size()][3];
    long start = System.nanoTime() + 50_000_000L;
    long interval = rate > 0 ? 1_000_000_000L / rate : 0; // event k is due at start + k * interval
    CountDownLatch done = new CountDownLatch(clients);
    CountDownLatch go = new CountDownLatch(1);
    AtomicInteger failures = new AtomicInteger();
    for (int t = 0; t < clients; t++) {
      int me = t;
      Thread thread = new Thread(() -> {
        try {
          go.await();
          for (int k = 0; k < events.size(); k++) {
            Event e = events.get(k);
            if (e.userIndex() % clients != me) {
              continue;
            }
            HttpRequest request = HttpRequest.newBuilder(webhook)
                .header("Content-Type", "application/json")
                .header("X-ZEvent-Signature", e.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(e.body())).build();
            if (interval > 0) {
              long wait = start + k * interval - System.nanoTime();
              if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
              }
            }
            timing[k][0] = System.nanoTime();
            try {
              timing[k][2] = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException io) {
              failures.incrementAndGet();
              timing[k][2] = -1;
            }
            timing[k][1] = System.nanoTime();
          }
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
        } finally {
          done.countDown();
        }
      }, "bench-client-" + t);
      thread.start();
    }
    go.countDown();
    done.await();
    if (failures.get() > 0) {
      System.out.println("  (" + failures.get() + " webhook calls failed with an I/O error)");
    }
    return timing;
  }

  /** Until no turn is queued or running and no new body arrived for 200 ms, at most {@code maxMs}. */
  static void awaitIdle(TurnDispatcher dispatcher, ConcurrentLinkedQueue<Received> received, long maxMs)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + maxMs;
    int lastSize = -1;
    long stableSince = System.currentTimeMillis();
    while (System.currentTimeMillis() < deadline) {
      int size = received.size();
      if (size != lastSize || dispatcher.activeConversations() > 0) {
        lastSize = size;
        stableSince = System.currentTimeMillis();
      } else if (System.currentTimeMillis() - stableSince >= 200) {
        return;
      }
      Thread.sleep(10);
    }
    System.out.println("  (turns still running after " + maxMs + " ms)");
  }

  /** CPU time of every live thread, by thread id. */
  static Map<Long, Long> threadCpu() {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    Map<Long, Long> out = new HashMap<>();
    for (long id : mx.getAllThreadIds()) {
      long t = mx.getThreadCpuTime(id);
      if (t >= 0) {
        out.put(id, t);
      }
    }
    return out;
  }

  /** CPU spent between two snapshots, summed by thread group: webhook (Tomcat), turn, WireMock, client, other. */
  static Map<String, Long> cpuByGroup(Map<Long, Long> before, Map<Long, Long> after) {
    Map<Long, String> names = new HashMap<>();
    for (java.lang.management.ThreadInfo info : java.lang.management.ManagementFactory.getThreadMXBean()
        .getThreadInfo(after.keySet().stream().mapToLong(Long::longValue).toArray())) {
      if (info != null) {
        names.put(info.getThreadId(), info.getThreadName());
      }
    }
    Map<String, Long> out = new LinkedHashMap<>();
    for (String g : List.of("webhook", "turn", "wiremock", "client", "other")) {
      out.put(g, 0L);
    }
    after.forEach((id, t) -> {
      String name = names.getOrDefault(id, "");
      String group = name.startsWith("http-nio") ? "webhook" : name.equals("turn") ? "turn"
          : name.startsWith("qtp") ? "wiremock" : name.startsWith("bench-client") || name.startsWith("HttpClient") ? "client"
          : "other";
      out.merge(group, t - before.getOrDefault(id, 0L), Long::sum);
    });
    return out;
  }

  static Map<String, List<Received>> byUser(ConcurrentLinkedQueue<Received> received) {
    Map<String, List<Received>> out = new HashMap<>();
    received.stream().sorted((a, b) -> Long.compare(a.nanos(), b.nanos()))
        .forEach(r -> out.computeIfAbsent(r.user(), u -> new ArrayList<>()).add(r));
    return out;
  }

  static boolean matches(List<Received> bodies, int pos, List<String> expected) {
    if (pos + expected.size() > bodies.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!bodies.get(pos + i).message().equals(expected.get(i))) {
        return false;
      }
    }
    return true;
  }

  static long pct(long[] values, double p) {
    if (values.length == 0) {
      return 0;
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  static double ms(long nanos) {
    return nanos / 1e6;
  }

  static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private ZaloLoadBenchmark() {}
}
