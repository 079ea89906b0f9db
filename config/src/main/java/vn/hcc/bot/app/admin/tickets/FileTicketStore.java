package vn.hcc.bot.app.admin.tickets;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import vn.hcc.bot.app.admin.support.AtomicFiles;
import vn.hcc.bot.app.admin.support.Json;

/** Tickets in {@code tickets/tickets.json} (embedded mode), rewritten atomically on each change. */
public class FileTicketStore extends AdminTicketStore {
  private final Path file;
  private final Map<String, TicketRecord> tickets = new LinkedHashMap<>();

  public FileTicketStore(Path file, Clock clock, ZoneId zone) {
    super(clock, zone);
    this.file = file;
    JsonNode root = Json.readFile(file);
    if (root != null) {
      root.path("tickets").forEach(n -> {
        TicketRecord r = TicketCodec.fromNode(n);
        tickets.put(r.ticket().number(), r);
      });
    }
  }

  @Override
  public synchronized List<TicketRecord> records() {
    List<TicketRecord> out = new ArrayList<>(tickets.values());
    out.sort(Comparator.comparing((TicketRecord r) -> r.ticket().createdAt())
        .thenComparing(r -> r.ticket().number()).reversed());
    return out;
  }

  @Override
  public synchronized Optional<TicketRecord> record(String number) {
    return Optional.ofNullable(tickets.get(number));
  }

  @Override
  public synchronized void save(TicketRecord r) {
    tickets.put(r.ticket().number(), r);
    AtomicFiles.write(file, Json.pretty(Map.of("tickets",
        tickets.values().stream().map(TicketCodec::toMap).toList())));
  }

  @Override
  protected synchronized int nextSequence(LocalDate day) {
    String prefix = "PA-" + day.toString().replace("-", "") + "-";
    return tickets.keySet().stream().filter(n -> n.startsWith(prefix))
        .mapToInt(n -> Integer.parseInt(n.substring(prefix.length()))).max().orElse(0) + 1;
  }
}
