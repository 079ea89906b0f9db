package vn.hcc.bot.app.admin.tickets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hcc.bot.app.admin.AdminPaths;
import vn.hcc.bot.app.admin.audit.AuditLog;
import vn.hcc.bot.app.admin.report.Period;
import vn.hcc.bot.app.admin.support.Actor;
import vn.hcc.bot.app.admin.support.InvalidInput;
import vn.hcc.bot.app.web.ApiError;
import vn.hcc.bot.core.ConversationKey;
import vn.hcc.bot.core.ticket.TicketStatus;

/** Citizens' feedback tickets: filter, change status, answer on the citizen's channel. */
@RestController
@RequestMapping({AdminPaths.API + "/tickets", AdminPaths.CONSOLE_API + "/tickets"})
@PreAuthorize("hasRole('EDITOR')")
public class TicketController {
  static final int MAX_ANSWER = 2000;
  private final AdminTicketStore store;
  private final OutboundMessenger messenger;
  private final AuditLog audit;

  public TicketController(AdminTicketStore store, OutboundMessenger messenger, AuditLog audit) {
    this.store = store;
    this.messenger = messenger;
    this.audit = audit;
  }

  @GetMapping
  List<Map<String, Object>> list(@RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "channel", required = false) String channel,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to) {
    TicketStatus s = status == null || status.isBlank() ? null : status(status);
    Period p = from == null && to == null ? null : Period.parse(from, to, 30);
    return store.records().stream()
        .filter(r -> s == null || r.ticket().status() == s)
        .filter(r -> channel == null || channel.isBlank() || channel.equals(r.ticket().channel()))
        .filter(r -> p == null || within(r.ticket().createdAt(), p))
        .map(TicketCodec::toMap).toList();
  }

  @GetMapping("/{number}")
  Map<String, Object> get(@PathVariable("number") String number) {
    return TicketCodec.toMap(existing(number));
  }

  @PutMapping("/{number}/status")
  Map<String, Object> setStatus(@PathVariable("number") String number, @RequestBody Map<String, String> body) {
    TicketRecord before = existing(number);
    TicketStatus s = status(body.get("status"));
    store.updateStatus(number, s);
    audit.record("ticket.status", number, before.ticket().status().name(), s.name());
    return TicketCodec.toMap(existing(number));
  }

  /** Sends the answer to the citizen and records whether it arrived; ANSWERED only if it did. */
  @PostMapping("/{number}/answer")
  Map<String, Object> answer(@PathVariable("number") String number, @RequestBody Map<String, String> body) {
    TicketRecord before = existing(number);
    String text = body.get("text");
    if (text == null || text.isBlank() || text.length() > MAX_ANSWER) {
      throw InvalidInput.of("text", "write the answer (1 to " + MAX_ANSWER + " characters)");
    }
    var t = before.ticket();
    DeliveryResult d = t.userId() == null
        ? new DeliveryResult(DeliveryResult.Status.UNDELIVERED,
            "Không còn mã người dùng trên kênh (đã xóa dữ liệu hoặc phiếu cũ); hãy dùng liên hệ họ để lại")
        : messenger.send(new ConversationKey(t.channel(), t.userId()), text.strip());
    var status = d.reached() ? TicketStatus.ANSWERED : TicketStatus.IN_PROGRESS;
    var after = new TicketRecord(t.withStatus(status), text.strip(), Actor.current(), Instant.now(), d);
    store.save(after);
    audit.record("ticket.answer", number, TicketCodec.toMap(before), TicketCodec.toMap(after));
    return TicketCodec.toMap(after);
  }

  private TicketRecord existing(String number) {
    return store.record(number).orElseThrow(() -> ApiError.notFound("no ticket '" + number + "'"));
  }

  private static boolean within(Instant t, Period p) {
    LocalDate d = LocalDate.ofInstant(t, java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    return !d.isBefore(p.from()) && !d.isAfter(p.to());
  }

  private static TicketStatus status(String text) {
    try {
      return TicketStatus.valueOf(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("status", "status must be NEW, IN_PROGRESS, ANSWERED or CLOSED");
    }
  }
}
