package vn.hcc.bot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalFactsTests {
  @Test
  void fillsKnownPlaceholdersAndKeepsUnknownOnes() {
    var facts = new LocalFacts(Map.of("hotline", "1900 0000 (ví dụ)", "hours", "7:30–17:00"));
    assertThat(facts.fill("Gọi {locality.hotline} trong giờ {locality.hours}; {locality.fax}."))
        .isEqualTo("Gọi 1900 0000 (ví dụ) trong giờ 7:30–17:00; {locality.fax}.");
  }

  @Test
  void valuesWithDollarSignsAreLiteral() {
    assertThat(new LocalFacts(Map.of("name", "$1 \\")).fill("{locality.name}")).isEqualTo("$1 \\");
  }
}
