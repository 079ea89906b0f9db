package vn.hcc.bot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hcc.bot.core.dossier.DossierLookupException;
import vn.hcc.bot.core.dossier.DossierStatus;
import vn.hcc.bot.core.log.OutcomeType;

class DossierTests {
  private static final String CODE = "000.00.31.H57-230301-0012";

  @Test
  void withoutADossierSystemExplainsHowToLookItUp() {
    var fixture = new EngineFixture();
    fixture.citizen().user("Hồ sơ " + CODE + " của tôi đến đâu rồi?")
        .expectReplyContaining(CODE, "https://dichvucong.example.gov.vn", "https://dichvucong.gov.vn");
    var logged = fixture.log.entries().get(fixture.log.entries().size() - 1);
    assertThat(logged.outcome()).isEqualTo(OutcomeType.DOSSIER);
    assertThat(logged.text()).contains("000.00.31.H57-230301-****").doesNotContain("0012");
  }

  @Test
  void reportsAFoundDossier() {
    List<String> asked = new ArrayList<>();
    var fixture = new EngineFixture(code -> {
      asked.add(code);
      return Optional.of(new DossierStatus(code, "Đang xử lý",
          LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 15)));
    });
    fixture.citizen().user("tra hồ sơ 000.00.31.h57-230301-0012")
        .expectReplyContaining("Trạng thái: Đang xử lý", "01/03/2023", "15/03/2023");
    assertThat(asked).containsExactly(CODE);
  }

  @Test
  void acceptsACodeWithoutDots() {
    List<String> asked = new ArrayList<>();
    var fixture = new EngineFixture(code -> {
      asked.add(code);
      return Optional.empty();
    });
    fixture.citizen().user("0000031H57-230301-0012").expectReplyContaining("không tìm thấy hồ sơ");
    assertThat(asked).containsExactly(CODE);
  }

  @Test
  void reportsAMissingDossier() {
    new EngineFixture(code -> Optional.empty()).citizen().user(CODE)
        .expectReplyContaining("không tìm thấy hồ sơ " + CODE, "1900 0000");
  }

  @Test
  void aTimeoutGetsAPoliteMessage() {
    new EngineFixture(code -> {
      throw new DossierLookupException("timed out after 3 s", true, null);
    }).citizen().user(CODE).expectReplyContaining("đang bận", "thử lại sau");
  }

  @Test
  void anyOtherFailureGetsThePoliteMessageToo() {
    new EngineFixture(code -> {
      throw new IllegalStateException("HTTP 500");
    }).citizen().user(CODE).expectReplyContaining("đang bận");
  }
}
