package vn.hcc.bot.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataMaskerTests {
  private final PersonalDataMasker masker = new PersonalDataMasker();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      CCCD 001099012345 của tôi            | CCCD ************ của tôi
      CMND cũ 123456789                     | CMND cũ *********
      số 0912345678                         | số **********
      số 091 234 5678                       | số *** *** ****
      số 0912.345.678                       | số ****.***.***
      số 0912-345-678                       | số ****-***-***
      gọi +84 912 345 678 nhé               | gọi +** *** *** *** nhé
      gọi 84912345678                       | gọi ***********
      bàn (028) 3829 1234                   | bàn (***) **** ****
      028.3829.1234                         | ***.****.****
      mail nguyen.van.a+dvc@gmail.com nhé   | mail ***@*** nhé
      thẻ 4111 1111 1111 1111               | thẻ **** **** **** ****
      thẻ 4111-1111-1111-1111               | thẻ ****-****-****-****
      STK 19034567890123 Techcombank        | STK ************** Techcombank
      STK 12345678                          | STK ********
      hồ sơ 000.00.31.H57-230301-0012       | hồ sơ 000.00.31.H57-230301-****
      hồ sơ 000.00.31.h57-230301-0012 ạ     | hồ sơ 000.00.31.h57-230301-**** ạ
      """)
  void masksPersonalNumbers(String input, String expected) {
    assertThat(masker.mask(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"mất 2 tuần", "năm 2025", "trong 60 ngày", "Nghị định 118/2025/NĐ-CP",
      "lệ phí 200.000 đồng", "ngày 27/11/2025", "ngày 27.11.2025", "giai đoạn 2021-2025",
      "Thông tư 25/2021/TT-BTC", "mẫu TK01", "8 ngày làm việc", "làm hộ chiếu", "", "1.500.000 đồng"})
  void keepsOrdinaryNumbers(String input) {
    assertThat(masker.mask(input)).isEqualTo(input);
  }

  @ParameterizedTest
  @ValueSource(ints = {10_000, 100_000})
  void staysFastOnHugeDigitRuns(int length) {
    String digits = "1 ".repeat(length / 2);
    assertThat(masker.mask(digits)).doesNotContain("1");
  }
}
