package vn.hcc.bot.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hcc.bot.knowledge.KnowledgeBaseLoader;

/** Ranking behaviours on the shipped knowledge base that a single stage or weight is there for. */
class BundledRankingTests {
  private static final FaqIndex INDEX =
      FaqIndex.build(KnowledgeBaseLoader.loadBundled(), SearchSettings.defaults());

  /** The id of the first entry found for a question. */
  private static String top(String question, boolean staff) {
    return INDEX.search(question, staff, 5).hits().get(0).entry().id();
  }

  /**
   * The birth entry mentions marriage, papers and "chuẩn bị" in different alternates; the marriage
   * entry asks this question in one phrasing, and that single phrasing must count for more.
   */
  @Test
  void anEntryThatAsksItInOnePhrasingBeatsOneWithTheWordsScattered() {
    SearchResult r = INDEX.search("Đăng ký kết hôn cần chuẩn bị những giấy tờ gì?", false, 5);
    assertThat(r.hits().get(0).entry().id()).isEqualTo("proc.marriage");
  }

  @Test
  void aDossierCodeDoesNotMakeATrackingQuestionLookOutOfScope() {
    SearchResult r = INDEX.search("tra cứu hồ sơ mã 000.00.31.H57-240402-0019 giúp em", false, 5);
    assertThat(r.hits().get(0).entry().id()).isEqualTo("dvc.track");
    assertThat(r.answered()).isTrue();
  }

  /** Military service shares "giấy", "đi học" with real procedures but no entry covers it. */
  @Test
  void aSubjectNoEntryCoversIsDeclined() {
    assertThat(INDEX.search("hoãn nghĩa vụ quân sự để đi học cần giấy gì", false, 5).answered())
        .isFalse();
    assertThat(INDEX.search("dang ky bien so xe may moi mua o dau", false, 5).answered()).isFalse();
  }

  /**
   * "biển số" is a vehicle plate; the land entry's "biến động ... sổ đỏ" has both folded words,
   * apart, and must not count as naming it. Its answer does name "lệ phí trước bạ", so a land
   * question about that fee keeps its answer while a car's registration fee is declined.
   */
  @Test
  void anEntryCoversASubjectOnlyByNamingItInAPhrasingOrItsAnswer() {
    assertThat(INDEX.search("đăng ký biển số xe máy mới mua ở đâu", false, 5).answered()).isFalse();
    SearchResult land = INDEX.search("sang tên sổ đỏ có phải đóng lệ phí trước bạ không", false, 5);
    assertThat(land.hits().get(0).entry().id()).isEqualTo("proc.land-certificate");
    assertThat(land.answered()).isTrue();
    assertThat(INDEX.search("lệ phí trước bạ khi mua ô tô mới là bao nhiêu", false, 5).answered())
        .isFalse();
  }

  /**
   * "chỉ" (only) and "một" (one) are filler words, but not inside "địa chỉ" and "một cửa": the
   * portal entry, whose canonical question asks for an address, must not win on "địa" alone.
   */
  @Test
  void aFillerWordInsideACompoundStillCounts() {
    SearchResult r = INDEX.search("địa chỉ một cửa", false, 5);
    assertThat(r.hits().get(0).entry().id()).isEqualTo("onestop.where");
    assertThat(INDEX.search("dia chi mot cua", false, 5).hits().get(0).entry().id())
        .isEqualTo("onestop.where");
  }

  /** Market prices share "giá", "bao nhiêu" with the fee entries and are not theirs. */
  @Test
  void marketPricesAreDeclinedButFeesAreNot() {
    assertThat(INDEX.search("Giá cà phê hôm nay ở Đắk Lắk bao nhiêu một ký?", false, 5).answered())
        .isFalse();
    assertThat(INDEX.search("gia xang hom nay bao nhieu", false, 5).answered()).isFalse();
    SearchResult fee = INDEX.search("lệ phí cấp bản sao trích lục khai sinh bao nhiêu", false, 5);
    assertThat(fee.answered()).isTrue();
  }

  /**
   * What the asker has already done ("đã có giấy xác nhận … rồi") weighs less than what they ask
   * next: the marital-status entry shares the background words, the marriage entry the question.
   */
  @Test
  void aBackgroundClauseWeighsLessThanWhatIsAsked() {
    SearchResult r = INDEX.search(
        "đã có giấy xác nhận tình trạng hôn nhân rồi, giờ đăng ký kết hôn cần mang gì nữa", false, 5);
    assertThat(r.hits().get(0).entry().id()).isEqualTo("proc.marriage");
    SearchResult bare = INDEX.search(
        "da xin giay xac nhan doc than roi gio di dang ky ket hon can mang them gi", false, 5);
    assertThat(bare.hits().get(0).entry().id()).isEqualTo("proc.marriage");
  }

  /**
   * Health-insurance benefits and unpaid wages share "bảo hiểm y tế", "tháng", "ở đâu" with real
   * procedures; making a child's card stays answered.
   */
  @Test
  void benefitsAndWageDisputesAreDeclinedButTheCardIsNot() {
    assertThat(INDEX.search("khám thông tuyến huyện có được hưởng bhyt 100% không", false, 5)
        .answered()).isFalse();
    assertThat(INDEX.search("công ty nợ lương 2 tháng thì khiếu nại ở đâu", false, 5).answered())
        .isFalse();
    SearchResult card = INDEX.search("làm thẻ bảo hiểm y tế cho con 2 tuổi ở đâu", false, 5);
    assertThat(card.hits().get(0).entry().id()).isEqualTo("proc.child-health-insurance");
    assertThat(card.answered()).isTrue();
  }

  /**
   * The copy-certification entry names consular legalisation only as a condition ("giấy tờ nước
   * ngoài chưa hợp pháp hóa lãnh sự"): after "chưa" a subject is background, so a question about
   * legalisation itself is not that entry's.
   */
  @Test
  void aSubjectNamedOnlyAsAConditionIsNotCovered() {
    assertThat(INDEX.search("hợp pháp hóa lãnh sự bằng thạc sĩ nước ngoài làm ở đâu", false, 5)
        .answered()).isFalse();
    SearchResult copy = INDEX.search("chứng thực bản sao bằng tốt nghiệp ở đâu", false, 5);
    assertThat(copy.hits().get(0).entry().id()).isEqualTo("onestop.certify-copy");
    assertThat(copy.answered()).isTrue();
  }

  /**
   * The bundled death procedure names pensions only as the deceased's situation ("đang hưởng lương
   * hưu"): how pensions are computed is not its question, a death with a survivor's allowance is.
   */
  @Test
  void aPensionerIsBackgroundButPensionsAreNotCovered() {
    assertThat(INDEX.search("cách tính lương hưu hằng tháng", false, 5).answered()).isFalse();
    SearchResult death = INDEX.search(
        "mẹ tôi đang hưởng lương hưu vừa mất, làm khai tử và xin trợ cấp tử tuất một lần được không",
        false, 5);
    assertThat(death.hits().get(0).entry().id()).isEqualTo("onestop.linked");
    assertThat(death.answered()).isTrue();
  }

  /**
   * "Tuần trước mình nộp hồ sơ xin giấy phép xây dựng …" tells what was done; the question that
   * follows is about tracking the dossier, not about building permits.
   */
  @Test
  void whatWasDoneLastWeekIsBackground() {
    SearchResult r = INDEX.search("Tuần trước mình nộp hồ sơ xin giấy phép xây dựng nhà ở phường, "
        + "cán bộ có đưa giấy hẹn. Giờ mình muốn biết hồ sơ tới bước nào rồi", false, 5);
    assertThat(r.hits().get(0).entry().id()).isEqualTo("dvc.track");
  }

  /** An entry that itself speaks of the subject is not doubted. */
  @Test
  void anEntryNamingTheSubjectKeepsItsConfidence() {
    SearchResult r = INDEX.search("đã ly hôn thì xin giấy xác nhận tình trạng hôn nhân cần gì", false, 5);
    assertThat(r.hits().get(0).entry().id()).isEqualTo("proc.marital-status");
    assertThat(r.answered()).isTrue();
  }

  /**
   * The judicial-record and passport entries speak of visas only as the reason for a document
   * ("… để xin visa", "bên làm visa yêu cầu"). A question about the visa itself is not theirs; a
   * question that names the record, with the visa or a labour contract abroad as background, is.
   */
  @Test
  void aSubjectAnEntryNamesOnlyAsBackgroundIsNotCovered() {
    assertThat(INDEX.search("xin visa đi hàn quốc cần những giấy tờ gì", false, 5).answered())
        .isFalse();
    assertThat(INDEX.search("ly hôn thuận tình nộp đơn ở đâu", false, 5).answered()).isFalse();
    SearchResult record = INDEX.search(
        "em đang làm hồ sơ đi xuất khẩu lao động, công ty yêu cầu phiếu lý lịch tư pháp, xin ở đâu",
        false, 5);
    assertThat(record.hits().get(0).entry().id()).isEqualTo("proc.judicial-record");
    assertThat(record.answered()).isTrue();
    SearchResult forVisa = INDEX.search("xin lý lịch tư pháp để đi xin visa ở đâu", false, 5);
    assertThat(forVisa.hits().get(0).entry().id()).isEqualTo("proc.judicial-record");
    assertThat(forVisa.answered()).isTrue();
  }

  /** The ablation's first row: Lucene's StandardAnalyzer alone, on the same entries. */
  @Test
  void theStandardAnalyzerBaselineBuildsAndSearches() {
    var baseline = FaqIndex.build(KnowledgeBaseLoader.loadBundled(),
        SearchSettings.of(vn.hcc.bot.knowledge.analysis.AnalysisOptions.BASELINE,
            SearchSettings.DEFAULT_THRESHOLD));
    SearchResult r = baseline.search("Đăng ký khai tử cho người thân đã mất", false, 5);
    assertThat(r.hits()).isNotEmpty();
    assertThat(r.hits().get(0).entry().id()).isEqualTo("proc.death");
  }

  /**
   * Typo correction turns the unknown "work" into "word" (the attachments entry speaks of Word
   * files); the subject is looked for in what was typed as well. A mistyped tone in a three-word
   * subject still names it.
   */
  @Test
  void aSubjectIsFoundAsTypedAndDespiteAMistypedTone() {
    assertThat(INDEX.search("công ty cần xin work permit cho kỹ sư nước ngoài", false, 5).answered())
        .isFalse();
    assertThat(INDEX.search("xin cấp giấy phép lao đông cho người nước ngoài làm ở công ty", false, 5)
        .answered()).isFalse();
  }

  /** The marriage entry has an alternate set in Đắk Lắk; that says nothing about an ID-card question. */
  @Test
  void aPlaceTheAskerNamesDoesNotPullTowardsAnEntryThatNamesItToo() {
    SearchResult r = INDEX.search("quê tôi ở Đắk Lắk, làm căn cước ở Bình Dương được không", false, 5);
    assertThat(r.hits().get(0).entry().id()).isEqualTo("proc.id-card");
    assertThat(r.answered()).isTrue();
  }

  /**
   * Near-domain subjects still count when typed with a doubled letter (the word's diacritics are
   * then those of a typo), and a few more subjects people bring to a commune office.
   */
  @Test
  void misspeltAndNewNearDomainSubjectsAreDeclined() {
    for (String q : List.of("thủ tục ly hônn thuận tình nộp ở đâuu ạ",
        "xe ô tô đăngg kiểm định kỳ ở đâu, bao lâu 1 lần",
        "đăng ký xe ô tô",
        "thuế suất thuế TNCN bao nhiêu",
        "xin giấy phép bán rượu",
        "người nước ngoài xin thẻ tạm trú 3 năm làm ở đâu",
        "mai trời có mưa ko ad",
        // no entry uses "rượu": the speller knows the subjects' words, so the typo is corrected to it
        "xin giấy phép bán lẻ rượuu cho tiệm tạp hóa cần nhữngg gì",
        "lịch cúp điện xem ở đâu",
        "đăng ký hiến tạng ở đâu",
        "Đăng ký người phụ thuộc giảm trừ gia cảnh cho mẹ thì can giay to gi?",
        "nha minh kho khan, muon xin xet ho ngheo thi lam don gui ai",
        "em làm mất bằng tốt nghiệpp cấp 3, xin cấp bản sao bằngg ở đâu ạ",
        "giấy phép kinh doanh karaoke",
        "đổi bằng lái xe quốc tế",
        "ship hàng cod mất bao lâu",
        "lam the bhyt cho nguoi gia tren 80 tuoi o dau",
        "mất thẻ đảng viên làm lại ở đâu",
        "xin giấy phép xả thải",
        "di nvqs can giay to gi",
        "bhxh 1 lần rút ntn",
        "chứng thực chữ ký hợp đồng mua bán xe")) {
      assertThat(INDEX.search(q, false, 5).answered()).as(q).isFalse();
    }
    // the portal entry warns of scam sites, so a question on fake portals keeps it; a fraud report does not
    SearchResult portal =
        INDEX.search("dia chi trang dich vu cong quoc gia la gi, so vao trang lua dao", false, 5);
    assertThat(portal.hits().get(0).entry().id()).isEqualTo("dvc.portal");
    assertThat(portal.answered()).isTrue();
    assertThat(INDEX.search("bị lừa đảo qua mạng thì báo ở đâu", false, 5).answered()).isFalse();
    // certifying a copy is the copy-certification entry's, even of a contract
    assertThat(top("chứng thực bản sao hợp đồng ở đâu", false))
        .isEqualTo("onestop.certify-copy");
    // the licence entry still answers its own renewals
    assertThat(top("đổi bằng lái xe hết hạn", false))
        .isEqualTo("proc.driving-licence");
    // a poor household asking about fee exemptions is the fee entry's, which names it
    SearchResult exempt = INDEX.search("nhà tôi thuộc hộ nghèo, làm khai sinh có được miễn lệ phí không",
        false, 5);
    assertThat(exempt.answered()).isTrue();
    assertThat(exempt.hits().get(0).entry().id()).isEqualTo("fee.exempt");
    assertThat(INDEX.search("nhà em có sổ hộ nghèo, làm khai sinh có được miễn lệ phí không", false, 5)
        .answered()).isTrue();
    // a transport company is still an enterprise
    assertThat(top("mở công ty vận tải cần đăng ký doanh nghiệp thế nào", false))
        .isEqualTo("proc.enterprise");
    // the reason for a document is not what is asked
    assertThat(INDEX.search("con chuẩn bị vào lớp 1, xin bản sao giấy khai sinh ở đâu", false, 5)
        .answered()).isTrue();
  }

  /**
   * An officer asking about a matter that has a citizen entry and a staff entry gets the staff one;
   * a citizen asking the same gets the citizen one, and an officer's question about a citizen
   * matter keeps its citizen entry.
   */
  @Test
  void anOfficerGetsTheStaffEntryOnAMatterBothCover() {
    assertThat(top("bắt dân bổ sung mấy lần", true))
        .isEqualTo("staff.supplement-rule");
    assertThat(top("bổ sung mấy lần", true))
        .isEqualTo("staff.supplement-rule");
    assertThat(top("bổ sung hồ sơ mấy lần", false))
        .isEqualTo("dvc.supplement");
    assertThat(top("đăng ký khai sinh cần giấy tờ gì", true))
        .isEqualTo("proc.birth");
  }

  /** i and y spelt either way ("lí lịch", "đăng kí", "li hôn") read as the entries' spelling. */
  @Test
  void iAndYSpeltEitherWayFindTheSameEntry() {
    assertThat(top("xin lí lịch tư pháp ở đâu", false))
        .isEqualTo("proc.judicial-record");
    assertThat(top("dang ki ket hon can gi", false))
        .isEqualTo("proc.marriage");
    assertThat(INDEX.search("li hôn cần giấy tờ gì", false, 5).answered()).isFalse();
  }

  /**
   * The words that name an off-topic subject are no evidence for the entry's own subject: "ly hôn
   * cần giấy tờ gì" shares the pair "hôn cần" with the marriage entry's canonical question.
   */
  @Test
  void aSubjectsOwnWordsDoNotVouchForAnEntry() {
    assertThat(INDEX.search("ly hôn cần giấy tờ gì", false, 5).answered()).isFalse();
    // what follows a divorce is asked about for itself, also after "đã … thì"
    assertThat(INDEX.search("đã ly hôn thì chia tài sản thế nào", false, 5).answered()).isFalse();
    SearchResult remarry = INDEX.search("đã ly hôn, giờ muốn kết hôn lại cần giấy tờ gì", false, 5);
    assertThat(remarry.answered()).isTrue();
    assertThat(remarry.hits().get(0).entry().id()).isEqualTo("proc.marriage");
  }

  /**
   * Subjects were tried against in-scope questions that use the same words for something else
   * ("người già" who asks a relative to file, "mất điện thoại", delivery by post, the phone
   * network's OTP); these keep their entries.
   */
  @Test
  void inScopeQuestionsThatShareASubjectsWordsKeepTheirEntries() {
    var cases = java.util.Map.of(
        "bố tôi là người già, nhờ con nộp hồ sơ thay được không", "onestop.proxy",
        "nhận kết quả qua bưu điện giao hàng tận nhà được không", "onestop.postal",
        "đăng nhập dịch vụ công không nhận được OTP do nhà mạng", "dvc.login-problem",
        "mất điện thoại không đăng nhập VNeID được", "dvc.login-problem",
        "mua đất dính quy hoạch có sang tên được không", "proc.land-certificate",
        "giấy ủy quyền có cần chứng thực chữ ký không", "onestop.proxy");
    cases.forEach((q, id) -> {
      SearchResult r = INDEX.search(q, false, 5);
      assertThat(r.answered()).as(q).isTrue();
      assertThat(r.hits().get(0).entry().id()).as(q).isEqualTo(id);
    });
  }
}
