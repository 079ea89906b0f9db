package vn.hcc.bot.app.admin;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hcc.bot.app.BotProperties;
import vn.hcc.bot.app.admin.audit.AuditLog;
import vn.hcc.bot.app.admin.kb.AnswerPreview;
import vn.hcc.bot.app.admin.kb.KnowledgeEditor;
import vn.hcc.bot.app.admin.kb.KnowledgeSeed;
import vn.hcc.bot.app.admin.kb.VersionLog;
import vn.hcc.bot.app.admin.kb.VersionService;
import vn.hcc.bot.app.knowledge.KnowledgeService;

/**
 * The admin stores, all under bot.data-dir: {@code audit/audit.jsonl}, {@code kb/overrides.json},
 * {@code kb/versions.jsonl} (users.json and the tickets are wired with security and the engine).
 */
@Configuration(proxyBeanMethods = false)
public class AdminConfiguration {

  @Bean
  Clock adminClock() {
    return Clock.systemUTC();
  }

  @Bean
  AuditLog auditLog(BotProperties props, Clock adminClock) {
    return new AuditLog(props.getDataDir().resolve("audit/audit.jsonl"), adminClock);
  }

  @Bean
  VersionLog versionLog(BotProperties props, Clock adminClock) {
    return new VersionLog(props.getDataDir().resolve("kb/versions.jsonl"), adminClock);
  }

  @Bean
  KnowledgeEditor knowledgeEditor(KnowledgeService live, KnowledgeSeed seed, VersionLog versions,
      AuditLog audit, BotProperties props) {
    Path dir = props.getDataDir();
    return new KnowledgeEditor(live, seed, versions, audit, dir);
  }

  @Bean
  VersionService versionService(VersionLog log, KnowledgeEditor editor) {
    return new VersionService(log, editor);
  }

  @Bean
  vn.hcc.bot.app.admin.io.ImportService importService(KnowledgeEditor editor) {
    return new vn.hcc.bot.app.admin.io.ImportService(editor);
  }

  @Bean
  vn.hcc.bot.app.admin.inbox.UnansweredService unansweredService(
      vn.hcc.bot.core.log.QuestionLog log, KnowledgeService knowledge,
      vn.hcc.bot.app.admin.inbox.DismissedStore dismissed) {
    return new vn.hcc.bot.app.admin.inbox.UnansweredService(log,
        new vn.hcc.bot.app.admin.inbox.QuestionKey(knowledge.settings().pipeline()), dismissed);
  }

  @Bean
  vn.hcc.bot.app.admin.inbox.DismissedStore dismissedStore(BotProperties props) {
    return new vn.hcc.bot.app.admin.inbox.DismissedStore(
        props.getDataDir().resolve("inbox/dismissed.json"));
  }

  @Bean
  vn.hcc.bot.app.admin.report.ReportService reportService(vn.hcc.bot.core.log.QuestionLog log,
      KnowledgeService knowledge, VersionLog versions, BotProperties props) {
    return new vn.hcc.bot.app.admin.report.ReportService(log, knowledge::base, versions::list,
        java.time.ZoneId.of(props.getPrivacy().getZone()));
  }

  /** Warms the report code in the background once the app serves (see ReportService.warmUp). */
  @org.springframework.context.event.EventListener(
      org.springframework.boot.context.event.ApplicationReadyEvent.class)
  void warmUpReports(org.springframework.boot.context.event.ApplicationReadyEvent event) {
    var reports = event.getApplicationContext()
        .getBean(vn.hcc.bot.app.admin.report.ReportService.class);
    Thread t = new Thread(() -> {
      try {
        reports.warmUp();
      } catch (RuntimeException e) {
        org.slf4j.LoggerFactory.getLogger(AdminConfiguration.class)
            .warn("Report warm-up failed (reports still work): {}", e.toString());
      }
    }, "report-warm-up");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  @Bean
  vn.hcc.bot.app.admin.tickets.WebOutbox webOutbox(BotProperties props) {
    return new vn.hcc.bot.app.admin.tickets.WebOutbox(props.getDataDir().resolve("outbox/web.json"));
  }

  /** Web answers go to the outbox; Zalo and Telegram need ChannelSender beans (see ChannelSender). */
  @Bean
  vn.hcc.bot.app.admin.tickets.OutboundMessenger outboundMessenger(
      vn.hcc.bot.app.admin.tickets.WebOutbox web,
      java.util.List<vn.hcc.bot.app.admin.tickets.ChannelSender> senders) {
    return new vn.hcc.bot.app.admin.tickets.RoutingOutboundMessenger(web, senders);
  }

  @Bean
  AnswerPreview answerPreview(KnowledgeService knowledge) {
    return new AnswerPreview(knowledge);
  }
}
