package vn.hcc.bot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hcc.bot.core.log.JsonLinesQuestionLog;
import vn.hcc.bot.core.log.QuestionLogEntry;
import vn.hcc.bot.core.testing.ConversationScript;
import vn.hcc.bot.core.testing.FakeFaqLookup;

/** 200 generated messages full of personal numbers go through the engine; none reach the log. */
class PersonalDataInLogTests {
  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private final Random random = new Random(20261127);

  @TempDir Path dir;

  @Test
  void noPersonalNumberSurvivesInTheQuestionLog() {
    var log = new JsonLinesQuestionLog(dir, VN, false);
    var engine = DefaultConversationEngine.builder().lookup(FakeFaqLookup.sample()).log(log).build();
    List<String> secrets = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String secret = personalValue(i);
      secrets.add(secret);
      var script = ConversationScript.with(engine).as("zalo", "user-" + i);
      if (i % 10 == 0) {
        script.user("phản ánh").user("Cán bộ giữ hồ sơ của tôi, liên hệ " + secret)
            .user(secret).user("xác nhận").expectReplyContaining("PA-");
      } else {
        script.user(template(i).replace("#", secret)).expectSomeReply();
      }
    }
    List<String> texts = new ArrayList<>();
    LocalDate today = LocalDate.now(VN);
    log.read(today.minusDays(1), today.plusDays(1), e -> texts.add(textOf(e)));
    assertThat(texts).hasSizeGreaterThanOrEqualTo(200);
    String all = String.join("\n", texts);
    String allDigits = all.replaceAll("[^0-9*\n]", "");
    for (String secret : secrets) {
      if (secret.contains("@") || secret.contains(".H57-")) {
        // e-mails vanish whole; dossier codes keep the agency prefix and date, not the serial
        assertThat(all).doesNotContain(secret);
      } else {
        assertThat(allDigits).as("digits of %s", secret).doesNotContain(secret.replaceAll("\\D", ""));
      }
    }
  }

  private static String textOf(QuestionLogEntry e) {
    return e.text() == null ? "" : e.text();
  }

  private String template(int i) {
    String[] templates = {
      "CCCD của tôi là #, làm hộ chiếu thế nào?",
      "Số điện thoại # cần hỏi lệ phí căn cước",
      "Tôi đã nộp hồ sơ #, mất bao lâu?",
      "#",
      "Gọi lại cho tôi theo số # nhé, cảm ơn",
      "tra cứu hồ sơ # giúp",
      "STK # chuyển lệ phí được không"};
    return templates[i % templates.length];
  }

  private String personalValue(int i) {
    return switch (i % 12) {
      case 0 -> digits(12);
      case 1 -> digits(9);
      case 2 -> "09" + digits(8);
      case 3 -> "09" + digits(1) + " " + digits(3) + " " + digits(4);
      case 4 -> "09" + digits(2) + "." + digits(3) + "." + digits(3);
      case 5 -> "09" + digits(2) + "-" + digits(3) + "-" + digits(3);
      case 6 -> "+84 9" + digits(2) + " " + digits(3) + " " + digits(3);
      case 7 -> "(028) " + digits(4) + " " + digits(4);
      case 8 -> "4" + digits(3) + " " + digits(4) + " " + digits(4) + " " + digits(4);
      case 9 -> digits(8 + random.nextInt(8));
      case 10 -> "nguoidan" + digits(4) + "@gmail.com";
      default -> "000.00.31.H57-23" + digits(4) + "-" + digits(4);
    };
  }

  private String digits(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }
}
